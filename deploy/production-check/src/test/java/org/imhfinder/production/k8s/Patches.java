package org.imhfinder.production.k8s;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.imhfinder.production.Repository;
import org.imhfinder.production.YamlDocuments;
import org.yaml.snakeyaml.Yaml;

/**
 * Applies a kustomize patch to the objects it targets: a JSON 6902 patch (RFC 6902: add, replace,
 * remove; the path must exist for replace and remove), or a strategic-merge patch of an object
 * that holds no lists (lists merge by keys kustomize knows, which this check does not model).
 */
final class Patches {
    private Patches() {
    }

    static void apply(Path dir, Kustomization.Patch patch, List<KustomizeBuild.Resource> resources) {
        if (patch.path() != null) {
            Path file = dir.resolve(patch.path()).normalize();
            KustomizeBuild.requireInside(dir, file, patch.path());
            for (YamlDocuments.Document document : YamlDocuments.read(file)) {
                applyDocument(document.tree(), patch.target(), document.where(), resources);
            }
        } else {
            KustomizeBuild.require(patch.patch() != null, Repository.relative(dir) + ": a patch needs path or patch");
            JsonNode tree = KubernetesModels.MAPPER.valueToTree(new Yaml().load(patch.patch()));
            applyDocument(tree, patch.target(), Repository.relative(dir) + " (inline patch)", resources);
        }
    }

    private static void applyDocument(JsonNode patch, Kustomization.Target target, String where,
                                      List<KustomizeBuild.Resource> resources) {
        List<KustomizeBuild.Resource> targets = targets(patch, target, resources);
        KustomizeBuild.require(!targets.isEmpty(), where + ": the patch's target is in none of the resources");
        for (KustomizeBuild.Resource resource : targets) {
            if (patch.isArray()) {
                patch.forEach(op -> operation(resource.tree(), op, where));
            } else {
                KustomizeBuild.require(!containsList(patch), where
                        + ": strategic-merge patches with lists are not modelled here; use a JSON 6902 patch");
                merge((ObjectNode) resource.tree(), patch);
            }
        }
    }

    private static List<KustomizeBuild.Resource> targets(JsonNode patch, Kustomization.Target target,
                                                         List<KustomizeBuild.Resource> resources) {
        String kind = target != null ? target.kind() : patch.path("kind").asText(null);
        String name = target != null ? target.name() : patch.path("metadata").path("name").asText(null);
        String group = target != null ? target.group() : null;
        return resources.stream()
                .filter(r -> kind == null || kind.equals(r.kind()))
                .filter(r -> name == null || name.equals(r.name()))
                .filter(r -> group == null || r.tree().path("apiVersion").asText().startsWith(group + "/"))
                .toList();
    }

    private static void operation(JsonNode tree, JsonNode op, String where) {
        String kind = op.path("op").asText();
        JsonPointer path = JsonPointer.compile(op.path("path").asText());
        JsonNode parent = tree.at(path.head());
        String last = path.last().getMatchingProperty();
        KustomizeBuild.require(!parent.isMissingNode(), where + ": no " + path.head() + " in the target");
        switch (kind) {
            case "replace", "remove" -> {
                KustomizeBuild.require(!tree.at(path).isMissingNode(), where + ": " + kind + " " + path + ": no such field");
                if (kind.equals("remove")) {
                    remove(parent, last);
                } else {
                    set(parent, last, op.path("value"));
                }
            }
            case "add" -> set(parent, last, op.path("value"));
            default -> throw new IllegalStateException(where + ": unsupported JSON 6902 operation " + kind);
        }
    }

    private static void set(JsonNode parent, String name, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(name, value.deepCopy());
        } else if (parent instanceof ArrayNode array) {
            if (name.equals("-")) {
                array.add(value.deepCopy());
            } else {
                array.set(Integer.parseInt(name), value.deepCopy());
            }
        }
    }

    private static void remove(JsonNode parent, String name) {
        if (parent instanceof ObjectNode object) {
            object.remove(name);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(name));
        }
    }

    private static boolean containsList(JsonNode node) {
        if (node.isArray()) {
            return true;
        }
        for (JsonNode child : node) {
            if (containsList(child)) {
                return true;
            }
        }
        return false;
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode current = target.get(field.getKey());
            if (current instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else if (field.getValue().isNull()) {
                target.remove(field.getKey());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }
}
