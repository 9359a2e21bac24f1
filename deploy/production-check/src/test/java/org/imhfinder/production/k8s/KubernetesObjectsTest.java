package org.imhfinder.production.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.stream.Stream;
import org.imhfinder.production.Repository;
import org.imhfinder.production.YamlDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Kubernetes object under deploy/k8s, each document of each file, reads into its typed model. */
class KubernetesObjectsTest {
    static Stream<YamlDocuments.Document> everyObject() {
        return Repository.filesUnder("deploy/k8s", ".yaml").stream()
                .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                .flatMap(file -> YamlDocuments.read(file).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyObject")
    void readsAsItsTypedModelWithNoUnknownField(YamlDocuments.Document document) {
        assertThat(KubernetesModels.read(document.where(), document.tree())).isNotNull();
    }

    @Test
    void theManifestsAreThere() {
        assertThat(everyObject().map(d -> KubernetesModels.typeOf(d.tree())))
                .contains("apps/v1/Deployment", "kafka.strimzi.io/v1beta2/KafkaTopic",
                        "elasticsearch.k8s.elastic.co/v1/Elasticsearch", "autoscaling/v2/HorizontalPodAutoscaler");
    }

    @Test
    void aMisspeltFieldIsRefused() {
        JsonNode deployment = tree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: x
                          image: x
                          readinesProbe: {httpGet: {path: /ready, port: 8080}}
                """);

        assertThatThrownBy(() -> KubernetesModels.read(deployment))
                .hasMessageContaining("spec.template.spec.containers[0].readinesProbe");
    }

    @Test
    void aWronglyTypedValueIsRefused() {
        JsonNode topic = tree("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: many}
                """);

        assertThatThrownBy(() -> KubernetesModels.read(topic)).hasMessageContaining("KafkaTopic");
    }

    @Test
    void anUnknownFieldOfAStrimziResourceIsRefused() {
        JsonNode topic = tree("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 3, replica: 3}
                """);

        assertThatThrownBy(() -> KubernetesModels.read(topic)).hasMessageContaining("spec.replica");
    }

    @Test
    void anUnknownFieldOfTheEckElasticsearchIsRefused() {
        JsonNode elasticsearch = tree("""
                apiVersion: elasticsearch.k8s.elastic.co/v1
                kind: Elasticsearch
                metadata: {name: es}
                spec:
                  version: 8.19.21
                  nodeSets: [{name: default, count: 1, podTemplate: {spec: {containers: [{name: elasticsearch, imagePullPolicyy: Always}]}}}]
                """);

        assertThatThrownBy(() -> KubernetesModels.read(elasticsearch)).hasMessageContaining("imagePullPolicyy");
        JsonNode misspeltNodeSet = tree("""
                apiVersion: elasticsearch.k8s.elastic.co/v1
                kind: Elasticsearch
                metadata: {name: es}
                spec: {version: 8.19.21, nodeSets: [{name: default, count: 1, configs: {}}]}
                """);
        assertThatThrownBy(() -> KubernetesModels.read(misspeltNodeSet)).hasMessageContaining("configs");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatThrownBy(() -> KubernetesModels.read(tree("{apiVersion: v1, kind: Pod, metadata: {name: p}}")))
                .hasMessageContaining("v1/Pod");
    }

    @Test
    void typedModelsCarryTheValues() {
        Deployment deployment = KubernetesModels.read(tree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec: {replicas: 2}
                """), Deployment.class);
        KafkaTopic topic = KubernetesModels.read(tree("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 3, config: {cleanup.policy: compact}}
                """), KafkaTopic.class);

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(topic.getSpec().getConfig()).containsEntry("cleanup.policy", "compact");
    }

    static JsonNode tree(String yaml) {
        return YamlDocuments.parse(yaml);
    }
}
