package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imhfinder.searchapi.http.SearchIT.read;
import static org.imhfinder.searchapi.testing.ApiServer.CURATOR_TOKEN;
import static org.imhfinder.searchapi.testing.ApiServer.OPERATOR_TOKEN;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.TopicReader;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operators' endpoints: crawl requests onto Kafka, crawl states and sources from {@code imh.crawls.v1}. */
@ExtendWith(ImhStackExtension.class)
// a request joins a pending request that covers its sources: the one-source request goes first, so
// the request for every source that follows starts a crawl of its own
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminIT {
    private static ApiServer api;
    private static String bootstrap;

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        stack.reset();
        bootstrap = stack.kafkaBootstrap();
        api = ApiServer.start(stack, Map.of());
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    @Order(1)
    void aCrawlRequestGoesToKafkaAndIsRequestedUntilIngestReportsIt() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/admin/crawls", OPERATOR_TOKEN, "{\"sourceId\":\"mi-aimh\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String crawlId = read(response).path("crawlId").asText();
        assertThat(crawlId).startsWith("crawl-");
        ConsumerRecord<String, String> record = TopicReader.awaitRecord(bootstrap, Topics.CRAWL_REQUESTS,
                r -> crawlId.equals(r.key()));
        CrawlRequest request = Json.read(record.value(), CrawlRequest.class);
        assertThat(request.sourceId()).isEqualTo("mi-aimh");
        assertThat(request.requestedBy()).startsWith("operator-");
        assertThat(read(api.get("/api/v1/admin/crawls/" + crawlId, OPERATOR_TOKEN)).path("state").asText())
                .isEqualTo("REQUESTED");

        Instant started = Instant.now();
        TopicReader.write(bootstrap, Topics.CRAWLS, crawlId, Json.write(new CrawlRun(CrawlRun.SCHEMA_VERSION, crawlId,
                List.of("mi-aimh"), CrawlState.RUNNING, new CrawlCounts(10, 4, 1, 0, 0, 0, 0, 0, 0), started, null, null,
                started, null)));

        JsonNode run = await("the run as ingest reported it").atMost(Duration.ofSeconds(20))
                .until(() -> read(api.get("/api/v1/admin/crawls/" + crawlId, OPERATOR_TOKEN)),
                        r -> "RUNNING".equals(r.path("state").asText()));
        assertThat(run.path("counts").path("fetched").asLong()).isEqualTo(4);
    }

    @Test
    @Order(2)
    void aCrawlOfEverySourceNeedsNoBody() {
        HttpResponse<String> response = api.post("/api/v1/admin/crawls", OPERATOR_TOKEN, "");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(read(response).path("sourceIds").isEmpty()).isTrue();
    }

    @Test
    void anUnknownSourceOrCrawlIsRefused() {
        HttpResponse<String> unknownSource = api.post("/api/v1/admin/crawls", OPERATOR_TOKEN, "{\"sourceId\":\"nowhere\"}");
        assertThat(unknownSource.statusCode()).isEqualTo(400);
        assertThat(read(unknownSource).path("detail").asText()).contains("'sourceId'");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/admin/crawls/crawl-nope", OPERATOR_TOKEN)
                .statusCode() == 404);
    }

    @Test
    void theOperatorEndpointsNeedAnOperatorToken() {
        assertThat(api.post("/api/v1/admin/crawls", null, "{}").statusCode()).isEqualTo(401);
        assertThat(api.post("/api/v1/admin/crawls", CURATOR_TOKEN, "{}").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/sources", CURATOR_TOKEN).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(0) // before any crawl of mi-aimh starts today: its last run is the one this test writes
    void sourcesShowTheirLastAndNextRun() throws Exception {
        // two days ago: a weekly source runs next five days from now (an overdue one would be due now, ScheduleTest)
        Instant started = Instant.now().minus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        TopicReader.write(bootstrap, Topics.CRAWLS, "crawl-sources-it", Json.write(new CrawlRun(CrawlRun.SCHEMA_VERSION,
                "crawl-sources-it", List.of("mi-aimh"), CrawlState.SETTLED, CrawlCounts.ZERO, started, started, started,
                started, null)));

        JsonNode mi = await().atMost(Duration.ofSeconds(20)).until(() -> source("mi-aimh"),
                s -> "crawl-sources-it".equals(s.path("lastRun").path("crawlId").asText()));

        assertThat(mi.path("lastRun").path("state").asText()).isEqualTo("SETTLED");
        assertThat(mi.path("nextRunAt").asText()).isEqualTo(started.plus(Duration.ofDays(7)).toString());
        JsonNode umn = source("umn");
        assertThat(umn.path("lastRun").isNull()).isTrue();
        assertThat(Instant.parse(umn.path("nextRunAt").asText()).atZone(ZoneOffset.UTC).getDayOfWeek())
                .isEqualTo(DayOfWeek.MONDAY);
    }

    private static JsonNode source(String id) {
        for (JsonNode source : read(api.get("/api/v1/admin/sources", OPERATOR_TOKEN)).path("sources")) {
            if (id.equals(source.path("id").asText())) {
                return source;
            }
        }
        throw new AssertionError("no source " + id);
    }
}
