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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.Json;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Curators' and operators' writes end to end, through every real stage: a decision posted to the
 * API reaches the index through {@code imh.curation.v1} and the indexer, and holds when the source
 * is crawled again on an operator's request, which the API follows until it has settled.
 */
@ExtendWith(ImhStackExtension.class)
class CurationIT {
    private static final String SOURCE = "greatlakes-aimh";
    private static final String CURATOR = "curation-it-curator-token";
    private static final String OPERATOR = "curation-it-operator-token";
    private static final String CHECKED = "Confirmed by telephone with the association's endorsement coordinator.";
    private static final String PRIVATE_NOTE = "Spoke to the coordinator at home; she asked us not to publish this.";
    /** What a public listing may hold: the allow-list's top-level keys, and what a search adds to each hit. */
    private static final java.util.Set<String> PUBLIC_KEYS = java.util.stream.Stream.concat(
            org.imhfinder.es.IndexFields.PUBLIC.stream().map(path -> path.split("\\.")[0]),
            java.util.stream.Stream.of("highlights", "matched")).collect(java.util.stream.Collectors.toSet());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DemoWeb web;
    private static Pipeline pipeline;
    private static URI api;

    @BeforeAll
    static void startEverything(TestStack stack) throws Exception {
        stack.reset();
        web = DemoWeb.start(0, Files.createDirectories(Path.of("target", "curation-it")));
        int port = freePort();
        api = URI.create("http://127.0.0.1:" + port);
        pipeline = Pipeline.start(stack.settings(Map.of(
                "IMH_SOURCES", web.sourcesFile().toString(),
                "IMH_HTTP_PORT", String.valueOf(port),
                "IMH_CURATOR_TOKENS", CURATOR,
                "IMH_OPERATOR_TOKENS", OPERATOR,
                // what public answers hold is asserted here, not how fast they come: a busy build machine may
                // take a relaxed search past the 5 s default, which would answer 503
                "IMH_API_SEARCH_TIMEOUT", "PT30S")), AllStages.all());
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
    void aRetirementAndAnOverrideHoldThroughARequestedCrawlThatSettles() throws Exception {
        List<String> ids = await("the source's levels indexed").atMost(Duration.ofSeconds(120))
                .until(() -> ids("/api/v1/programs?sourceId=" + SOURCE), found -> found.size() >= 2);
        String retired = ids.get(0);
        String overridden = ids.get(1);

        assertThat(decide(retired, "{\"action\":\"RETIRE\",\"note\":\"The association ended this level.\"}")).isEqualTo(202);
        assertThat(decide(overridden, "{\"action\":\"OVERRIDE\",\"note\":\"Page is out of date\",\"fields\":{\"description\":\""
                + CHECKED + "\"}}")).isEqualTo(202);
        awaitCurationApplied(retired, overridden);
        await("the scheduled crawl settled (a request during it would be refused)").atMost(Duration.ofSeconds(120))
                .until(CurationIT::lastScheduledRunState, "SETTLED"::equals);

        String crawlId = Json.mapper().readTree(post("/api/v1/admin/crawls", OPERATOR,
                "{\"sourceId\":\"" + SOURCE + "\"}").body()).path("crawlId").asText();
        await("the requested crawl settled").atMost(Duration.ofSeconds(120)).until(() -> Json.mapper()
                .readTree(get("/api/v1/admin/crawls/" + crawlId, OPERATOR).body()).path("state").asText(), "SETTLED"::equals);

        assertThat(ids("/api/v1/programs?sourceId=" + SOURCE)).doesNotContain(retired).contains(overridden);
        assertThat(ids("/api/v1/programs?sourceId=" + SOURCE + "&freshness=RETIRED")).containsExactly(retired);
        assertThat(description(overridden)).isEqualTo(CHECKED);
        assertThat(get("/api/v1/review/" + retired + "/history", CURATOR).body())
                .contains("RETIRE", "The association ended this level.");
    }

    @Test
    void aCuratorsNoteAndTheIndexersStateReachNoPublicEndpoint() throws Exception {
        List<String> ids = await("the source's levels indexed").atMost(Duration.ofSeconds(120))
                .until(() -> ids("/api/v1/programs?sourceId=" + SOURCE), found -> found.size() >= 3);
        String confirmed = ids.get(ids.size() - 1);
        assertThat(decide(confirmed, "{\"action\":\"CONFIRM\",\"note\":\"" + PRIVATE_NOTE + "\"}")).isEqualTo(202);
        await("the decision applied").atMost(Duration.ofSeconds(60)).until(() ->
                get("/api/v1/review/" + confirmed + "/history", CURATOR).body().contains(PRIVATE_NOTE));

        for (String path : List.of("/api/v1/programs/" + confirmed, "/api/v1/programs?sourceId=" + SOURCE,
                "/api/v1/programs?q=infant+family&sourceId=" + SOURCE, "/api/v1/programs?q=infant&interpret=false",
                "/api/v1/programs?q=endorsment+infnt+zzyzx", "/api/v1/programs?q=michigan&credential=ENDORSEMENT",
                "/api/v1/programs?sort=updated&size=1", "/api/v1/programs?sort=deadline",
                "/api/v1/programs?freshness=FRESH,AGING,STALE,GONE,RETIRED", "/api/v1/suggest?prefix=inf")) {
            HttpResponse<String> answer = get(path, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain(PRIVATE_NOTE, "curator-", "\"indexer\"", "\"curation\"",
                    "\"reviewHistory\"", "\"reviewPriority\"", "\"changedFields\"", "\"reasons\"", "\"contentHash\"");
            JsonNode body = Json.mapper().readTree(answer.body());
            for (JsonNode listing : body.has("items") ? body.path("items") : path.contains("/programs/") ? List.of(body) : List.<JsonNode>of()) {
                listing.fieldNames().forEachRemaining(field -> assertThat(PUBLIC_KEYS).as(path).contains(field));
            }
        }
        String next = Json.mapper().readTree(get("/api/v1/programs?sort=updated&size=1", null).body()).path("nextCursor").asText();
        assertThat(get("/api/v1/programs?sort=updated&size=1&cursor=" + next, null).body()).doesNotContain(PRIVATE_NOTE, "\"indexer\"");
    }

    private static void awaitCurationApplied(String retired, String overridden) {
        await("the decisions applied to the index").atMost(Duration.ofSeconds(60)).until(() ->
                !ids("/api/v1/programs?sourceId=" + SOURCE).contains(retired) && CHECKED.equals(description(overridden)));
    }

    private static String lastScheduledRunState() throws Exception {
        for (JsonNode source : Json.mapper().readTree(get("/api/v1/admin/sources", OPERATOR).body()).path("sources")) {
            if (SOURCE.equals(source.path("id").asText())) {
                return source.path("lastRun").path("state").asText();
            }
        }
        return "";
    }

    private static List<String> ids(String search) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : Json.mapper().readTree(get(search, null).body()).path("items")) {
            ids.add(item.path("id").asText());
        }
        return ids;
    }

    private static String description(String id) throws Exception {
        return Json.mapper().readTree(get("/api/v1/programs/" + id, null).body()).path("description").asText();
    }

    private static int decide(String id, String body) throws Exception {
        return post("/api/v1/review/" + id + "/decision", CURATOR, body).statusCode();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String token, String json) throws Exception {
        return HTTP.send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
