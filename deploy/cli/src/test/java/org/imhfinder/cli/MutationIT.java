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
import org.imhfinder.cli.mutation.MutationPipeline;
import org.imhfinder.cli.mutation.MutationPlan;
import org.imhfinder.cli.mutation.MutationRounds;
import org.imhfinder.cli.mutation.MutationWeb;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mutation test on the real Kafka and Elasticsearch through every stage in this JVM: the
 * {@link MutationWeb}'s sites crawled, then changed one mutation per site at a time and crawled
 * again (one crawl request for every source, followed through the admin API until it has settled),
 * each mutation checked for exactly what it should flag and nothing else, the flags then confirmed
 * (or gone programs retired) through the curators' API; last, three crawls of the unchanged web with
 * every page fetched in full must change nothing. Prints the table of mutations and outcomes (also in
 * {@code target/mutation/stack-table.txt}). {@code MutationRulesTest} runs the same rounds in memory.
 */
@ExtendWith(ImhStackExtension.class)
class MutationIT {
    private static final String CURATOR = "mutation-it-curator-token";
    private static final String OPERATOR = "mutation-it-operator-token";
    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path FOLDER = Path.of("target", "mutation");
    private static MutationWeb web;
    private static Pipeline pipeline;
    private static URI api;
    private static URI elasticsearch;

    @BeforeAll
    static void startEverything(TestStack stack) throws Exception {
        stack.reset();
        web = MutationWeb.start(MutationWeb.templates(), Files.createDirectories(FOLDER.resolve("web")));
        int port = freePort();
        api = URI.create("http://127.0.0.1:" + port);
        elasticsearch = stack.elasticsearchUrl();
        pipeline = Pipeline.start(stack.settings(Map.of(
                "IMH_SOURCES", web.sourcesFile(FOLDER.resolve("sources.yml")).toString(),
                "IMH_HTTP_PORT", String.valueOf(port),
                "IMH_API_RATE_LIMIT", "0",
                "IMH_CURATOR_TOKENS", CURATOR,
                "IMH_OPERATOR_TOKENS", OPERATOR)), AllStages.all());
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
    void aFlagOnlyWhenTheProviderReallyChangedSomething() {
        long start = System.nanoTime();
        List<MutationRounds.Row> rows = new MutationRounds(web, new RealStack(), MutationPlan.bySite()).run();
        String table = MutationRounds.table(rows);
        System.out.println(table);
        System.out.printf("MUTATION: %d rows in %.1f s; seconds per crawl and its checks: %s%n", rows.size(),
                (System.nanoTime() - start) / 1e9, MutationRounds.secondsPerRound(rows));
        MutationRounds.write(FOLDER.resolve("stack-table.txt"), rows);
        assertThat(rows.stream().filter(r -> !r.ok()).toList()).as(table).isEmpty();
    }

    /** The stages as operators and curators reach them: the admin and review API, and the index behind the search alias. */
    private static final class RealStack implements MutationPipeline {
        @Override
        public void crawl() {
            String crawlId = await("the crawl request accepted").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> requestCrawl(), id -> !id.isEmpty());
            String state = await("crawl " + crawlId + " settled").atMost(SETTLE).pollInterval(Duration.ofMillis(250))
                    .until(() -> crawlState(crawlId), s -> s.equals("SETTLED") || s.equals("FAILED"));
            assertThat(state).as("crawl " + crawlId).isEqualTo("SETTLED");
        }

        @Override
        public List<JsonNode> programs() {
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(elasticsearch.resolve("/"
                                + SearchIndex.PROGRAMS_ALIAS + "/_search?size=1000"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":{\"match_all\":{}}}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                List<JsonNode> docs = new ArrayList<>();
                Json.mapper().readTree(answer.body()).path("hits").path("hits").forEach(hit -> docs.add(hit.path("_source")));
                return docs;
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the programs index", e);
            }
        }

        @Override
        public long reviewItems() {
            return json(get("/api/v1/review/queue?size=100", CURATOR)).path("total").asLong();
        }

        @Override
        public void decide(List<String> programIds, String action, String note) {
            List<String> decisions = new ArrayList<>();
            for (String id : programIds) {
                HttpResponse<String> answer = post("/api/v1/review/" + id + "/decision", CURATOR,
                        "{\"action\":\"" + action + "\",\"note\":\"" + note + "\"}");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                decisions.add(json(answer).path("decisionId").asText());
            }
            await("the curator's decisions applied").atMost(Duration.ofSeconds(60)).until(() -> {
                String docs = programs().toString();
                return decisions.stream().allMatch(docs::contains);
            });
        }

        private String requestCrawl() {
            HttpResponse<String> answer = post("/api/v1/admin/crawls", OPERATOR, "{}");
            return answer.statusCode() == 202 ? json(answer).path("crawlId").asText() : "";
        }

        private String crawlState(String crawlId) {
            return json(get("/api/v1/admin/crawls/" + crawlId, OPERATOR)).path("state").asText();
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return Json.mapper().readTree(answer.body());
        } catch (Exception e) {
            throw new IllegalStateException("not JSON (" + answer.statusCode() + "): " + answer.body(), e);
        }
    }

    private static HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + token).build());
    }

    private static HttpResponse<String> post(String path, String token, String body) {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
