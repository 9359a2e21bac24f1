package org.imhfinder.production.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.production.Repository;
import org.imhfinder.production.images.Dockerfile;
import org.imhfinder.production.YamlDocuments;
import org.imhfinder.schema.StageNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Compose deployment: well formed, every stage built, configured, probed and scraped as it should be. */
class ComposeFileTest {
    private static final JsonNode COMPOSE = ComposeFile.read();
    private static final Path DIR = Repository.file("deploy/compose");

    @Test
    void followsTheComposeSubsetThisProjectUses() {
        assertThat(ComposeFile.validate(COMPOSE)).isEmpty();
    }

    @Test
    void aMisspeltServiceKeyIsRefused() {
        JsonNode misspelt = YamlDocuments.parse("{name: x, services: {a: {image: a, helthcheck: {test: [CMD, true]}}}}");

        assertThat(ComposeFile.validate(misspelt)).extracting(Object::toString).anyMatch(m -> m.contains("helthcheck"));
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API})
    void aStageIsBuiltFromItsDockerfileUnderTheNameKubernetesRuns(String stage) {
        JsonNode service = service(stage);

        assertThat(DIR.resolve(service.path("build").path("context").asText()).normalize()).isEqualTo(Repository.root());
        assertThat(service.path("build").path("dockerfile").asText()).isEqualTo(Dockerfile.STAGE_TEMPLATE);
        assertThat(service.path("build").path("args").path("STAGE").asText()).isEqualTo(stage);
        assertThat(service.path("image").asText()).isEqualTo("imh/" + stage);
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API})
    void aStageServesOnAllInterfacesIsHealthyWhenReadyAndStartsAfterItsTopics(String stage) {
        JsonNode service = service(stage);
        Map<String, String> env = ComposeFile.environment(service);

        assertThat(env).containsEntry(ConfigKeys.HTTP_HOST.envName(), "0.0.0.0").containsKey(ConfigKeys.HTTP_PORT.envName());
        assertThat(env.get(ConfigKeys.KAFKA_BOOTSTRAP.envName())).isEqualTo("kafka:9092");
        assertThat(texts(service.path("healthcheck").path("test"))).containsExactly("CMD", "imh-http-probe", "/ready");
        assertThat(service.path("depends_on").path("kafka-topics").path("condition").asText())
                .isEqualTo("service_completed_successfully");
        assertThat(service.path("read_only").asBoolean()).isTrue();
        assertThat(texts(service.path("tmpfs"))).anySatisfy(t -> assertThat(t).startsWith("/tmp:").contains("exec"));
        assertThat(service.has("container_name")).as("a fixed name would stop --scale").isFalse();
    }

    @Test
    void onlyTheSearchApiPublishesAPortSoTheConsumersScale() {
        for (String stage : List.of(StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER)) {
            assertThat(service(stage).has("ports")).as(stage).isFalse();
        }
        assertThat(texts(service(StageNames.SEARCH_API).path("ports"))).containsExactly("8080:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.SEARCH_API})
    void theSourcesFileIsMountedWhereImhSourcesPoints(String stage) {
        JsonNode service = service(stage);
        String target = ComposeFile.environment(service).get(ConfigKeys.SOURCES.envName());

        assertThat(texts(service.path("volumes"))).anySatisfy(volume -> {
            String[] parts = volume.split(":");
            assertThat(DIR.resolve(parts[0]).normalize()).isEqualTo(Repository.file("deploy/sources.yml"));
            assertThat(parts[1]).isEqualTo(target);
            assertThat(parts[2]).isEqualTo("ro");
        });
    }

    @Test
    void theApiTokensComeFromASecretFileNamedByImhConfig() {
        JsonNode service = service(StageNames.SEARCH_API);
        String config = ComposeFile.environment(service).get(ConfigKeys.CONFIG.envName());
        String secret = texts(service.path("secrets")).get(0);
        String file = COMPOSE.path("secrets").path(secret).path("file").asText();

        assertThat(config).isEqualTo("/run/secrets/" + secret);
        assertThat(DIR.resolve(file + ".example")).isRegularFile();
        assertThat(Repository.read(DIR.resolve(file + ".example")))
                .contains(ConfigKeys.OPERATOR_TOKENS.propertyName() + "=", ConfigKeys.CURATOR_TOKENS.propertyName() + "=");
    }

    @Test
    void kafkaAndItsTopicStepRunTheOfficialKafkaImageInKraftMode() {
        JsonNode kafka = service("kafka");
        JsonNode topics = service("kafka-topics");

        assertThat(kafka.path("image").asText()).isEqualTo("apache/kafka:4.1.2");
        assertThat(topics.path("image").asText()).isEqualTo(kafka.path("image").asText());
        assertThat(ComposeFile.environment(kafka)).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        assertThat(texts(topics.path("volumes"))).anySatisfy(v -> assertThat(DIR.resolve(v.split(":")[0]).normalize())
                .isEqualTo(Repository.file(TopicScriptTest.SCRIPT)));
        assertThat(topics.path("restart").asText()).isEqualTo("no");
    }

    @Test
    void elasticsearchIsTheProjectImageWithThePlugin() {
        JsonNode es = service("elasticsearch");

        assertThat(es.path("build").path("dockerfile").asText()).isEqualTo("deploy/images/elasticsearch/Dockerfile");
        assertThat(ComposeFile.environment(es)).containsEntry("discovery.type", "single-node");
        assertThat(service(StageNames.INDEXER).path("depends_on").path("elasticsearch").path("condition").asText())
                .isEqualTo("service_healthy");
    }

    @Test
    void prometheusScrapesEveryInstanceOfEveryStage() {
        JsonNode prometheus = YamlDocuments.readOne(Repository.file("deploy/compose/prometheus/prometheus.yml"));
        List<String> jobs = new ArrayList<>();

        for (String stage : List.of(StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API)) {
            String port = ComposeFile.environment(service(stage)).get(ConfigKeys.HTTP_PORT.envName());
            for (JsonNode job : prometheus.path("scrape_configs")) {
                if (job.path("job_name").asText().equals(stage)) {
                    jobs.add(stage);
                    assertThat(job.path("metrics_path").asText()).isEqualTo("/metrics");
                    JsonNode dns = job.path("dns_sd_configs").get(0);
                    assertThat(texts(dns.path("names"))).containsExactly(stage);
                    assertThat(dns.path("port").asText()).isEqualTo(port);
                }
            }
        }
        assertThat(jobs).containsExactly(StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API);
        assertThat(texts(service("prometheus").path("volumes")))
                .anyMatch(v -> v.startsWith("./prometheus/prometheus.yml:"));
    }

    @Test
    void everyFileTheServicesMountExists() {
        COMPOSE.path("services").fields().forEachRemaining(entry -> {
            for (String volume : texts(entry.getValue().path("volumes"))) {
                String source = volume.split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(DIR.resolve(source).normalize()).as(entry.getKey() + " mounts " + source).exists();
                }
            }
        });
    }

    static JsonNode service(String name) {
        JsonNode service = COMPOSE.path("services").path(name);
        assertThat(service.isObject()).as("service " + name).isTrue();
        return service;
    }

    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode()) {
            out.add(node.asText());
        }
        return out;
    }
}
