package org.imhfinder.production.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Setting;
import org.imhfinder.production.Repository;
import org.imhfinder.production.YamlDocuments;
import org.imhfinder.production.images.Dockerfile;
import org.junit.jupiter.api.Test;

/**
 * The configuration contract holds in every deployment: whatever sets an {@code IMH_*} variable
 * (Compose, Kubernetes, an image) sets a declared setting, and the stages' containers get nothing
 * but declared settings.
 */
class EnvironmentKeysTest {
    private static final Set<String> DECLARED = ConfigKeys.all().stream().map(Setting::envName).collect(Collectors.toSet());

    /** One variable a manifest sets: where, in which container (by its image), which name. */
    record Variable(String where, String image, String name) {
        boolean inStageContainer() {
            return image.matches("(.*/)?imh/(ingest|normalize|indexer|search-api)(:.*)?");
        }
    }

    @Test
    void everyImhVariableAnyManifestSetsIsADeclaredSetting() {
        List<Variable> variables = everyVariable();

        assertThat(variables).filteredOn(v -> v.name().startsWith("IMH_"))
                .allSatisfy(v -> assertThat(DECLARED).as(v.where() + " sets " + v.name()).contains(v.name()));
        assertThat(variables).filteredOn(v -> v.name().startsWith("IMH_")).hasSizeGreaterThan(20);
    }

    @Test
    void theStageContainersGetOnlyDeclaredSettings() {
        List<Variable> stages = everyVariable().stream().filter(Variable::inStageContainer).toList();

        assertThat(stages).isNotEmpty().allSatisfy(v -> assertThat(DECLARED).as(v.where() + " sets " + v.name()).contains(v.name()));
        assertThat(stages).extracting(Variable::where).anyMatch(w -> w.contains("compose"))
                .anyMatch(w -> w.contains("k8s")).anyMatch(w -> w.contains("Dockerfile"));
    }

    static List<Variable> everyVariable() {
        List<Variable> out = new ArrayList<>();
        JsonNode compose = YamlDocuments.readOne(Repository.file("deploy/compose/compose.yaml"));
        compose.path("services").fields().forEachRemaining(service -> {
            String image = service.getValue().path("image").asText("");
            JsonNode env = service.getValue().path("environment");
            List<String> names = new ArrayList<>();
            if (env.isArray()) {
                env.forEach(e -> names.add(e.asText().split("=", 2)[0]));
            } else {
                env.fieldNames().forEachRemaining(names::add);
            }
            names.forEach(n -> out.add(new Variable("deploy/compose/compose.yaml service " + service.getKey(), image, n)));
        });
        for (Path file : Repository.filesUnder("deploy/k8s", ".yaml")) {
            for (YamlDocuments.Document document : YamlDocuments.read(file)) {
                for (JsonNode containers : document.tree().findValues("containers")) {
                    containers.forEach(c -> c.path("env").forEach(e -> out.add(new Variable(document.where(),
                            c.path("image").asText(""), e.path("name").asText()))));
                }
            }
        }
        Dockerfile.images().forEach((image, dockerfile) -> dockerfile.env().keySet()
                .forEach(n -> out.add(new Variable(Repository.relative(dockerfile.file()) + " for " + image, image, n))));
        return out;
    }
}
