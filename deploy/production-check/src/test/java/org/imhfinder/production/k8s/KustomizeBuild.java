package org.imhfinder.production.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.production.Repository;
import org.imhfinder.production.YamlDocuments;

/**
 * What {@code kubectl kustomize DIR} makes of a kustomization, worked out without kubectl, as far
 * as deploy/k8s needs: resources (files and kustomization folders, recursively), ConfigMap and
 * Secret generators, patches (JSON 6902, and strategic merge of objects without lists), images and
 * namespace. Everything it reads must exist and lie at or below its kustomization (kustomize's
 * load restrictor); every patch must find its target. Generated names keep no hash suffix.
 */
public final class KustomizeBuild {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One object of the output and where it came from. */
    public record Resource(String origin, JsonNode tree) {
        public String kind() {
            return tree.path("kind").asText();
        }

        public String name() {
            return tree.path("metadata").path("name").asText();
        }
    }

    private KustomizeBuild() {
    }

    /** Builds the kustomization in a folder (relative to the repository root). */
    public static List<Resource> build(String folder) {
        List<Resource> resources = build(Repository.file(folder), new LinkedHashSet<>());
        Set<String> ids = new LinkedHashSet<>();
        for (Resource resource : resources) {
            if (!ids.add(resource.kind() + "/" + resource.name())) {
                throw new IllegalStateException(folder + ": " + resource.kind() + " " + resource.name() + " appears twice");
            }
        }
        return resources;
    }

    private static List<Resource> build(Path dir, Set<Path> visiting) {
        if (!visiting.add(dir)) {
            throw new IllegalStateException("kustomization cycle through " + Repository.relative(dir));
        }
        Path file = dir.resolve("kustomization.yaml");
        require(Files.isRegularFile(file), Repository.relative(dir) + " has no kustomization.yaml");
        Kustomization k = KubernetesModels.read(YamlDocuments.readOne(file), Kustomization.class);
        require(Kustomization.API_VERSION.equals(k.apiVersion()) && "Kustomization".equals(k.kind()),
                Repository.relative(file) + ": expected apiVersion " + Kustomization.API_VERSION + ", kind Kustomization");
        List<Resource> out = new ArrayList<>();
        for (String entry : k.resources()) {
            out.addAll(resource(dir, entry, visiting));
        }
        k.configMapGenerator().forEach(g -> out.add(generated(dir, "ConfigMap", g)));
        k.secretGenerator().forEach(g -> out.add(generated(dir, "Secret", g)));
        for (Kustomization.Patch patch : k.patches()) {
            Patches.apply(dir, patch, out);
        }
        k.images().forEach(image -> out.forEach(r -> setImages(r.tree(), image)));
        if (k.namespace() != null) {
            out.stream().filter(r -> !r.kind().equals("Namespace"))
                    .forEach(r -> ((ObjectNode) r.tree().path("metadata")).put("namespace", k.namespace()));
        }
        visiting.remove(dir);
        return out;
    }

    private static List<Resource> resource(Path dir, String entry, Set<Path> visiting) {
        Path path = dir.resolve(entry).normalize();
        if (Files.isDirectory(path)) {
            return build(path, visiting);
        }
        requireInside(dir, path, entry);
        List<Resource> out = new ArrayList<>();
        for (YamlDocuments.Document document : YamlDocuments.read(path)) {
            require(document.tree().has("apiVersion") && document.tree().has("kind"),
                    document.where() + ": an object needs apiVersion and kind");
            out.add(new Resource(document.where(), document.tree().deepCopy()));
        }
        return out;
    }

    private static Resource generated(Path dir, String kind, Kustomization.Generator generator) {
        ObjectNode data = NODES.objectNode();
        for (String file : generator.files()) {
            int eq = file.indexOf('=');
            String key = eq < 0 ? Path.of(file).getFileName().toString() : file.substring(0, eq);
            Path path = dir.resolve(eq < 0 ? file : file.substring(eq + 1)).normalize();
            requireInside(dir, path, file);
            require(Files.isRegularFile(path), Repository.relative(dir) + ": " + kind + " " + generator.name()
                    + " reads " + file + ", which does not exist");
            data.put(key, Repository.read(path));
        }
        for (String literal : generator.literals()) {
            int eq = literal.indexOf('=');
            require(eq > 0, "literal without key=value: " + literal);
            data.put(literal.substring(0, eq), literal.substring(eq + 1));
        }
        ObjectNode tree = NODES.objectNode().put("apiVersion", "v1").put("kind", kind);
        tree.putObject("metadata").put("name", generator.name());
        tree.set(kind.equals("Secret") ? "stringData" : "data", data);
        return new Resource(Repository.relative(dir) + " (" + kind.toLowerCase() + " generator)", tree);
    }

    /** Sets the image of every container (and init container) whose image is this entry's name. */
    private static void setImages(JsonNode node, Kustomization.Image image) {
        if (node.isObject()) {
            for (String list : List.of("containers", "initContainers")) {
                for (JsonNode container : node.path(list)) {
                    String current = container.path("image").asText();
                    if (imageName(current).equals(image.name())) {
                        String name = image.newName() != null ? image.newName() : image.name();
                        String tag = image.newTag() != null ? image.newTag() : imageTag(current);
                        ((ObjectNode) container).put("image", tag == null ? name : name + ":" + tag);
                    }
                }
            }
            node.forEach(child -> setImages(child, image));
        } else if (node.isArray()) {
            node.forEach(child -> setImages(child, image));
        }
    }

    static String imageName(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(0, colon) : image;
    }

    static String imageTag(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(colon + 1) : null;
    }

    static void requireInside(Path dir, Path path, String entry) {
        require(path.startsWith(dir), Repository.relative(dir) + ": " + entry
                + " lies outside the kustomization's folder, which kustomize refuses to read");
        require(Files.isRegularFile(path), Repository.relative(dir) + ": " + entry + " does not exist");
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /** The objects of one kind, by name. */
    public static Map<String, JsonNode> byName(List<Resource> resources, String kind) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        resources.stream().filter(r -> r.kind().equals(kind)).forEach(r -> out.put(r.name(), r.tree()));
        return out;
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }
}
