package org.imhfinder.production.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imhfinder.production.Repository;
import org.imhfinder.production.YamlDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where kubectl is installed (it needs no cluster for this), the real kustomize builds each
 * kustomization too: its output must read into the typed models, and hold the same objects, in
 * the same namespace with the same images, as {@link KustomizeBuild} worked out. Skipped without kubectl.
 */
class KubectlKustomizeTest {
    @ParameterizedTest
    @ValueSource(strings = {KustomizeBuildTest.BASE, KustomizeBuildTest.PRODUCTION})
    void kubectlKustomizeMakesTheSameValidObjects(String folder) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed");
        List<JsonNode> built = kustomize(kubectl, folder);
        List<KustomizeBuild.Resource> ours = KustomizeBuild.build(folder);

        built.forEach(object -> assertThat(KubernetesModels.read("kubectl kustomize " + folder, object)).isNotNull());
        assertThat(ids(built.stream())).isEqualTo(ids(ours.stream().map(KustomizeBuild.Resource::tree)));
        assertThat(images(built.stream())).isEqualTo(images(ours.stream().map(KustomizeBuild.Resource::tree)));
    }

    /** kind/namespace/name of each object, generated names without kustomize's hash suffix. */
    private static TreeSet<String> ids(Stream<JsonNode> objects) {
        TreeSet<String> ids = new TreeSet<>();
        objects.forEach(o -> {
            String name = o.path("metadata").path("name").asText();
            if (o.path("kind").asText().equals("ConfigMap")) {
                name = name.replaceFirst("-[a-z0-9]{10}$", "");
            }
            ids.add(o.path("kind").asText() + "/" + o.path("metadata").path("namespace").asText("") + "/" + name);
        });
        return ids;
    }

    private static TreeSet<String> images(Stream<JsonNode> objects) {
        TreeSet<String> images = new TreeSet<>();
        objects.forEach(o -> images.addAll(o.findValuesAsText("image")));
        return images;
    }

    private static List<JsonNode> kustomize(Path kubectl, String folder) throws IOException, InterruptedException {
        Path output = Files.createTempFile("kustomize", ".yaml");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", Repository.file(folder).toString())
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("kubectl kustomize " + folder + " finished").isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize " + folder + ": " + errors).isZero();
        List<JsonNode> objects = new ArrayList<>();
        YamlDocuments.read(output).forEach(d -> objects.add(d.tree()));
        Files.delete(output);
        return objects;
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
