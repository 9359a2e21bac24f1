package org.imhfinder.production.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.production.Repository;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.Test;

/** Kafka, its topics and Elasticsearch on Kubernetes match what the pipeline declares and runs. */
class KafkaAndElasticsearchTest {
    private static final List<KustomizeBuild.Resource> BASE = KustomizeBuild.build(KustomizeBuildTest.BASE);

    @Test
    void theKafkaTopicsAreExactlyTopicsAllWithTheirPartitionsAndConfiguration() {
        Map<String, Topics.TopicSpec> declared = new LinkedHashMap<>();
        for (var tree : KustomizeBuild.byName(BASE, "KafkaTopic").values()) {
            KafkaTopic topic = KubernetesModels.read(tree, KafkaTopic.class);
            Map<String, String> config = new LinkedHashMap<>();
            if (topic.getSpec().getConfig() != null) {
                topic.getSpec().getConfig().forEach((k, v) -> config.put(k, String.valueOf(v)));
            }
            String name = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
            declared.put(name, new Topics.TopicSpec(name, topic.getSpec().getPartitions(), config));
        }

        assertThat(declared.values()).as("deploy/k8s/base/topics.yaml against Topics.ALL")
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void everyTopicBelongsToTheKafkaClusterAndIsReplicatedOnItsBrokers() {
        Kafka kafka = KubernetesModels.read(only("Kafka"), Kafka.class);
        KafkaNodePool pool = KubernetesModels.read(only("KafkaNodePool"), KafkaNodePool.class);
        String cluster = kafka.getMetadata().getName();
        int minInSync = Integer.parseInt(String.valueOf(kafka.getSpec().getKafka().getConfig().get("min.insync.replicas")));

        assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
        assertThat(pool.getSpec().getRoles()).contains(ProcessRoles.BROKER, ProcessRoles.CONTROLLER);
        for (var tree : KustomizeBuild.byName(BASE, "KafkaTopic").values()) {
            KafkaTopic topic = KubernetesModels.read(tree, KafkaTopic.class);
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
            assertThat(topic.getSpec().getReplicas()).isBetween(minInSync + 1, pool.getSpec().getReplicas());
        }
        assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("auto.create.topics.enable", false);
    }

    @Test
    void elasticsearchRunsTheServerVersionOfTheBuildFromTheImageWithThePlugin() {
        EckElasticsearch es = (EckElasticsearch) KubernetesModels.read(only("Elasticsearch"));

        assertThat(es.version()).isEqualTo(Repository.elasticsearchVersion());
        assertThat(KustomizeBuild.imageName(es.image())).isEqualTo("imh/elasticsearch");
        assertThat(Repository.read(Repository.file("deploy/images/elasticsearch/Dockerfile")))
                .contains("FROM elasticsearch:" + es.version());
    }

    @Test
    void elasticsearchServesHttpsAndLetsNoOneInAnonymously() {
        EckElasticsearch es = (EckElasticsearch) KubernetesModels.read(only("Elasticsearch"));

        assertThat(es.tree().path("spec").path("http").path("tls").path("selfSignedCertificate").path("disabled").asBoolean())
                .as("ECK's TLS turned off").isFalse();
        assertThat(es.nodeSets()).allSatisfy(set -> assertThat(set.config().toString()).doesNotContain("anonymous"));
        assertThat(KustomizeBuild.byName(BASE, "NetworkPolicy")).as("a network policy guards port 9200").isNotEmpty();
    }

    @Test
    void thePipelineLogsInAsAFileRealmUserWhoseRoleElasticsearchDefines() {
        EckElasticsearch es = (EckElasticsearch) KubernetesModels.read(only("Elasticsearch"));
        String rolesSecret = es.tree().path("spec").path("auth").path("roles").get(0).path("secretName").asText();
        String roles = KustomizeBuild.byName(BASE, "Secret").get(rolesSecret).path("stringData").path("roles.yml").asText();
        String userSecret = es.tree().path("spec").path("auth").path("fileRealm").get(0).path("secretName").asText();
        String readme = Repository.read(Repository.file("README.md"));

        assertThat(roles).startsWith("imh_pipeline:");
        assertThat(readme).contains("secret generic " + userSecret).contains("--type=kubernetes.io/basic-auth")
                .contains("--from-literal=roles=imh_pipeline");
    }

    private static com.fasterxml.jackson.databind.JsonNode only(String kind) {
        var all = KustomizeBuild.byName(BASE, kind);
        assertThat(all).as(kind).hasSize(1);
        return all.values().iterator().next();
    }
}
