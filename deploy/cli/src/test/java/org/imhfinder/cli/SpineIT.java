package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.Json;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton end to end: the demo websites served locally, crawled by ingest into
 * Kafka, normalized, indexed into Elasticsearch, and found through the search API.
 */
@ExtendWith(ImhStackExtension.class)
class SpineIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DemoWeb web;
    private static Pipeline pipeline;
    private static URI api;

    @BeforeAll
    static void startEverything(TestStack stack) throws Exception {
        stack.reset();
        Path dir = Files.createDirectories(Path.of("target", "spine-it"));
        web = DemoWeb.start(0, dir);
        int port = freePort();
        api = URI.create("http://127.0.0.1:" + port);
        pipeline = Pipeline.start(stack.settings(Map.of(
                "IMH_SOURCES", web.sourcesFile().toString(),
                "IMH_HTTP_PORT", String.valueOf(port))), AllStages.all());
    }

    @AfterAll
    static void stopEverything() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (web != null) {
            web.close();
        }
    }

    @Test
    void aStemmedWordFindsTheProgramAndItsListingWasSeen() {
        JsonNode hit = awaitHit("programs", "Infant Family Associate Endorsement (Category I)");

        assertThat(hit.path("sourceId").asText()).isEqualTo("greatlakes-aimh");
        assertThat(hit.path("description").asText()).contains("Endorsement program");
        assertThat(hit.path("highlights").toString()).contains("<em>program</em>");
        Instant lastSeen = Instant.parse(hit.path("freshness").path("lastSeenAt").asText());
        assertThat(lastSeen).isBefore(Instant.now()).isAfter(Instant.now().minus(Duration.ofMinutes(10)));
    }

    @Test
    void aListingIsReadableByItsId() throws Exception {
        JsonNode hit = awaitHit("certificate", "Graduate Certificate in Infant and Early Childhood Mental Health");

        HttpResponse<String> response = get("/api/v1/programs/" + hit.path("id").asText());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.body()).path("provider").path("name").asText())
                .isEqualTo("Northfield University School of Social Work");
    }

    @Test
    void anUnknownIdIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/programs/prg-does-not-exist");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.mapper().readTree(response.body()).path("detail").asText()).contains("prg-does-not-exist");
    }

    @Test
    void aBadParameterIsA400NamingIt() throws Exception {
        HttpResponse<String> response = get("/api/v1/programs?q=x&size=1000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(response.body()).path("detail").asText()).contains("'size'");
    }

    @Test
    void everyStageReportsReadyAndCountsItsWork() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/ready").statusCode() == 200);
        explainingTimeout("an indexed listing counted", () -> await().atMost(Duration.ofSeconds(90))
                .until(() -> get("/metrics").body().contains("imh_indexer_indexed_total")));
        assertThat(get("/metrics").body()).contains("imh_crawl_pages_total", "imh_normalize_pages_total");
    }

    /** Waits for a search to find the named program; on timeout says how far the pipeline got. */
    private static JsonNode awaitHit(String query, String name) {
        JsonNode[] hit = new JsonNode[1];
        explainingTimeout("'" + name + "' found by q=" + query, () -> hit[0] = await().atMost(Duration.ofSeconds(90))
                .until(() -> firstHitNamed(get("/api/v1/programs?q=" + query).body(), name), h -> h != null));
        return hit[0];
    }

    private static void explainingTimeout(String what, Runnable wait) {
        try {
            wait.run();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; the pipeline's counters:\n" + progress(), e);
        }
    }

    /** The stages' counters (pages crawled, normalized, listings indexed, dead letters) from /metrics. */
    private static String progress() {
        try {
            return get("/metrics").body().lines()
                    .filter(l -> l.matches("imh_(crawl_pages|crawl_runs|normalize_pages|normalize_listings|normalize_dead"
                            + "|indexer_indexed|indexer_dead|dead_letter).*"))
                    .collect(Collectors.joining("\n"));
        } catch (Exception e) {
            return "(no /metrics: " + e + ")";
        }
    }

    private static JsonNode firstHitNamed(String body, String name) throws Exception {
        for (JsonNode item : Json.mapper().readTree(body).path("items")) {
            if (name.equals(item.path("name").asText())) {
                return item;
            }
        }
        return null;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(api.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
