package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.Documents;
import org.imhfinder.searchapi.testing.FreezableProxy;
import org.imhfinder.searchapi.testing.Listings;
import org.imhfinder.searchapi.testing.TestIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Elasticsearch hangs (a proxy in front of it stops forwarding, as a SIGSTOPped process would look):
 * the probes and pages still answer at once, searches get 503 problems within the deadline or at
 * once when too many wait, and searches work again when it comes back.
 */
@ExtendWith(ImhStackExtension.class)
class HungBackendIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int SEARCHES = 40;
    private static FreezableProxy elasticsearch;
    private static ApiServer api;

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        stack.reset();
        List<ObjectNode> documents = new ArrayList<>();
        for (ProgramListing listing : Listings.all("")) {
            documents.add(Documents.of(listing, Instant.now().minusSeconds(86_400)));
        }
        try (TestIndex index = new TestIndex(stack)) {
            index.put(documents);
        }
        elasticsearch = new FreezableProxy(stack.elasticsearchUrl());
        api = ApiServer.start(stack, Map.of("IMH_ES_URL", elasticsearch.url().toString(),
                "IMH_API_SEARCH_TIMEOUT", "PT" + TIMEOUT.toSeconds() + "S", "IMH_API_SEARCH_CONCURRENCY", "8"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (api != null) {
            api.close();
        }
        if (elasticsearch != null) {
            elasticsearch.close();
        }
    }

    @Test
    void whileElasticsearchHangsTheServerAnswersAndSearchesFailFast() throws Exception {
        assertThat(api.get("/api/v1/programs?q=specialist").statusCode()).isEqualTo(200);
        ExecutorService clients = Executors.newFixedThreadPool(SEARCHES);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(clients).build();
        List<CompletableFuture<Timed>> searches = new ArrayList<>();
        elasticsearch.freeze();
        try {
            for (int i = 0; i < SEARCHES; i++) {
                searches.add(search(http, "q=infant+" + i));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> refused("busy") > 0);

            StringBuilder report = new StringBuilder("while Elasticsearch hangs:");
            for (String path : List.of("/health", "/", "/assets/search.js", "/metrics", "/openapi.json")) {
                Timed probe = timed(() -> api.get(path));
                report.append(String.format(" %s %d in %d ms;", path, probe.response().statusCode(), probe.took().toMillis()));
                assertThat(probe.response().statusCode()).as(path).isEqualTo(200);
                assertThat(probe.took()).as(path).isLessThan(Duration.ofSeconds(1));
            }
            Timed ready = timed(() -> api.get("/ready"));
            report.append(String.format(" /ready %d in %d ms;", ready.response().statusCode(), ready.took().toMillis()));
            assertThat(ready.response().statusCode()).isEqualTo(503);
            assertThat(ready.took()).isLessThan(Duration.ofSeconds(1));

            Duration slowest = Duration.ZERO;
            for (CompletableFuture<Timed> search : searches) {
                Timed answer = search.get(TIMEOUT.toSeconds() + 10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(answer.response().statusCode()).isEqualTo(503);
                assertThat(answer.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(answer.response().headers().firstValue("Retry-After")).isPresent();
                assertThat(answer.took()).isLessThan(TIMEOUT.plusSeconds(2));
                slowest = answer.took().compareTo(slowest) > 0 ? answer.took() : slowest;
            }
            System.out.printf("%s %d searches: %.0f refused busy at once, %.0f past the %d s deadline, slowest answer %d ms%n",
                    report, SEARCHES, refused("busy"), refused("timeout"), TIMEOUT.toSeconds(), slowest.toMillis());
            assertThat(refused("timeout")).isBetween(1.0, 8.0);
            assertThat(refused("busy") + refused("timeout")).isEqualTo(SEARCHES);
        } finally {
            elasticsearch.thaw();
            clients.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/programs?q=specialist").statusCode()).isEqualTo(200));
        JsonNode answer = Json.mapper().readTree(api.get("/api/v1/programs?q=specialist").body());
        assertThat(answer.path("total").asInt()).isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/ready").statusCode() == 200);
    }

    private static double refused(String reason) {
        var counter = api.meters().find("imh.api.search.refused").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static CompletableFuture<Timed> search(HttpClient http, String query) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(api.base().resolve("/api/v1/programs?" + query))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Timed(r, Duration.ofNanos(System.nanoTime() - start)));
    }

    private static Timed timed(java.util.function.Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Timed(HttpResponse<String> response, Duration took) {
    }
}
