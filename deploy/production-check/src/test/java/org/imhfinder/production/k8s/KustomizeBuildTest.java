package org.imhfinder.production.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.imhfinder.production.Repository;
import org.imhfinder.production.YamlDocuments;
import org.imhfinder.sources.SourcesFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The base and the production overlay resolve as kustomize would, and every object they make is valid. */
class KustomizeBuildTest {
    static final String BASE = "deploy/k8s/base";
    static final String PRODUCTION = "deploy/k8s/overlays/production";

    @ParameterizedTest
    @ValueSource(strings = {BASE, PRODUCTION})
    void everyObjectTheKustomizationMakesReadsAsItsTypedModel(String folder) {
        List<KustomizeBuild.Resource> resources = KustomizeBuild.build(folder);

        assertThat(resources).isNotEmpty();
        for (KustomizeBuild.Resource resource : resources) {
            assertThat(KubernetesModels.read(resource.origin(), resource.tree())).isNotNull();
        }
    }

    @Test
    void theBaseHoldsEveryFileOfItsFolder() {
        List<String> listed = KustomizeBuild.build(BASE).stream().map(KustomizeBuild.Resource::origin)
                .map(origin -> origin.replaceAll(" \\(.*", "")).distinct().toList();

        for (var file : Repository.filesUnder(BASE, ".yaml")) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                assertThat(listed).as("resources of " + BASE).contains(Repository.relative(file));
            }
        }
    }

    @Test
    void theProductionOverlayPutsEverythingInItsNamespaceWithImagesFromTheRegistry() {
        List<KustomizeBuild.Resource> resources = KustomizeBuild.build(PRODUCTION);

        assertThat(resources).filteredOn(r -> !r.kind().equals("Namespace"))
                .allSatisfy(r -> assertThat(r.tree().path("metadata").path("namespace").asText()).isEqualTo("imh"));
        List<String> images = resources.stream().filter(r -> r.kind().equals("Deployment"))
                .flatMap(r -> r.tree().path("spec").path("template").path("spec").path("containers").findValuesAsText("image").stream())
                .toList();
        String esImage = KustomizeBuild.byName(resources, "Elasticsearch").get("imh-es").path("spec").path("image").asText();
        assertThat(images).hasSize(4).allSatisfy(image -> assertThat(image).contains("/imh/").doesNotEndWith(":latest"));
        assertThat(esImage).endsWith("/imh/elasticsearch:" + KustomizeBuild.imageTag(images.get(0)));
    }

    @Test
    void theBaseSourcesFileIsTheDefaultSourcesFile() {
        String base = Repository.read(Repository.file(BASE + "/sources.yml"));

        assertThat(base).as(BASE + "/sources.yml must be a copy of deploy/sources.yml: cp deploy/sources.yml " + BASE + "/")
                .isEqualTo(Repository.read(Repository.file("deploy/sources.yml")));
        assertThat(SourcesFile.load(Repository.file(BASE + "/sources.yml"))).isNotEmpty();
    }

    @Test
    void aPatchWithoutATargetFailsTheBuild() {
        JsonNode deployment = YamlDocuments.parse("{apiVersion: apps/v1, kind: Deployment, metadata: {name: a}}");
        var resources = new java.util.ArrayList<>(List.of(new KustomizeBuild.Resource("test", deployment)));
        var patch = new Kustomization.Patch(null, "- {op: replace, path: /spec/replicas, value: 2}",
                new Kustomization.Target(null, null, "Deployment", "b", null));

        assertThatThrownBy(() -> Patches.apply(Repository.root(), patch, resources)).hasMessageContaining("target");
        var missingField = new Kustomization.Patch(null, "- {op: replace, path: /spec/replicas, value: 2}",
                new Kustomization.Target(null, null, "Deployment", "a", null));
        assertThatThrownBy(() -> Patches.apply(Repository.root(), missingField, resources)).hasMessageContaining("/spec");
    }

    @Test
    void aMisspeltKustomizationFieldIsRefused() {
        JsonNode kustomization = YamlDocuments.parse("{apiVersion: kustomize.config.k8s.io/v1beta1, kind: Kustomization, resource: [a.yaml]}");

        assertThatThrownBy(() -> KubernetesModels.read(kustomization, Kustomization.class)).hasMessageContaining("resource");
    }
}
