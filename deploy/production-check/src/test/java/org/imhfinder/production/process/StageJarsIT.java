package org.imhfinder.production.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.localstack.web.LocalWebServer;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.localstack.web.SiteContent;
import org.imhfinder.production.dashboard.MetricsCatalogue;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production shape on one machine: each stage started from its own runnable jar as its own JVM,
 * configured only by the environment, exactly as its container runs it, against a real Kafka and
 * Elasticsearch. Together they crawl a local site into the search API; each is healthy by the
 * images' own probe, shows the metrics the dashboard reads, and stops on SIGTERM.
 */
@ExtendWith(ImhStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StageJarsIT {
    private static final List<String> STAGES = List.of(
            StageNames.SEARCH_API, StageNames.INDEXER, StageNames.NORMALIZE, StageNames.INGEST);
    private static final String SOURCE = "jars-" + UUID.randomUUID().toString().substring(0, 8);
    /** The level the page describes, under the name the directory gives a level ("... Endorsement (Category II)"). */
    private static final String PROGRAM = "Infant Family Specialist";

    private static final Map<String, StageProcess> RUNNING = new LinkedHashMap<>();
    private static LocalWebServer web;
    private static TestStack stack;

    @BeforeAll
    static void startEveryStageFromItsJar(TestStack testStack) throws Exception {
        stack = testStack;
        stack.reset();
        Path dir = Files.createDirectories(Path.of("target", "stage-jars-it"));
        web = new LocalWebServer();
        Site site = web.serve("jars-aimh", SiteContent.directory(Path.of("src/test/resources/sites/jars-aimh")));
        Path sources = Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - id: %s
                    name: Prairie Association for Infant Mental Health
                    providerType: ASSOCIATION
                    seeds: ["%s"]
                    schedule: PT1H
                """.formatted(SOURCE, site.baseUri()));
        Map<String, String> settings = Map.of(
                "IMH_KAFKA_BOOTSTRAP", stack.kafkaBootstrap(),
                "IMH_ES_URL", stack.elasticsearchUrl().toString(),
                "IMH_SOURCES", sources.toString(),
                "IMH_CRAWL_ALLOW_PRIVATE_NETWORKS", "true",
                "IMH_CRAWL_DELAY", "PT0S",
                "IMH_OPERATOR_TOKENS", "operator-" + UUID.randomUUID(),
                "IMH_CURATOR_TOKENS", "curator-" + UUID.randomUUID());
        for (String stage : STAGES) {
            RUNNING.put(stage, StageProcess.start(stage, settings, dir));
        }
    }

    @AfterAll
    static void stopEverything() {
        RUNNING.values().forEach(StageProcess::close);
        if (web != null) {
            web.close();
        }
    }

    @Test
    @Order(1)
    void eachStageRunsAloneFromItsJarAndTheImageProbeFindsItReady() {
        for (StageProcess stage : RUNNING.values()) {
            await(stage.stage() + " ready by the image's probe").atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(500))
                    .failFast(() -> !stage.process().isAlive())
                    .until(() -> stage.probe("/ready"));
            assertThat(stage.log()).as(stage.stage() + "'s log").contains(stage.stage() + " running");
        }
    }

    @Test
    @Order(2)
    void theFourProcessesTogetherTakeAProgramFromTheWebToTheSearchApi() {
        JsonNode hit = awaitProgramSearchable();

        assertThat(hit.path("sourceId").asText()).isEqualTo(SOURCE);
    }

    @Test
    @Order(3)
    void everyMetricTheDashboardReadsAsEmittedShowsOnTheStageThatEmitsIt() throws Exception {
        awaitProgramSearchable();
        sendAPoisonPage();

        MetricsCatalogue.read().forEach((metric, entry) -> {
            if (entry.status().equals("emitted")) {
                StageProcess stage = RUNNING.get(entry.from());
                assertThat(stage).as(metric + " is emitted by " + entry.from() + ", not a stage").isNotNull();
                await(metric + " on " + entry.from() + "'s /metrics").atMost(Duration.ofSeconds(60))
                        .until(() -> stage.get("/metrics").body().lines().anyMatch(l -> l.startsWith(metric + "{")));
            }
        });
    }

    @Test
    @Order(4)
    void everyStageStopsPromptlyOnSigterm() throws Exception {
        for (StageProcess stage : RUNNING.values()) {
            stage.terminate();
        }
        for (StageProcess stage : RUNNING.values()) {
            assertThat(stage.process().waitFor(30, TimeUnit.SECONDS)).as(stage.stage() + " stopped within 30 s").isTrue();
            assertThat(stage.process().exitValue()).as(stage.stage() + "'s exit status").isIn(0, 143);
        }
    }

    private static JsonNode awaitProgramSearchable() {
        StageProcess api = RUNNING.get(StageNames.SEARCH_API);
        return await("the crawled program in the search API").atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> hitFrom(api.get("/api/v1/programs?q=endorsement").body()), hit -> hit != null);
    }

    private static JsonNode hitFrom(String body) throws Exception {
        for (JsonNode item : Json.mapper().readTree(body).path("items")) {
            if (SOURCE.equals(item.path("sourceId").asText()) && item.path("name").asText().startsWith(PROGRAM)) {
                return item;
            }
        }
        return null;
    }

    private static void sendAPoisonPage() throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.PAGES, "http://poison.invalid/" + SOURCE, "{not json")).get(30, TimeUnit.SECONDS);
        }
    }
}
