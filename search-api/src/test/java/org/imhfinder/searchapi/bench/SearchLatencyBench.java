package org.imhfinder.searchapi.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.searchapi.query.ProgramSearch;
import org.imhfinder.searchapi.query.QueryEnrichments;
import org.imhfinder.searchapi.query.SearchParameters;
import org.imhfinder.searchapi.request.QueryParameters;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.TestIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search latency and throughput on 10,000 generated listings, through the API and, in the same
 * run, with the same search bodies sent straight to Elasticsearch, at the same concurrency.
 * Prints p50, p99 and requests per second of both and the API's overhead; asserts nothing
 * (numbers depend on the machine). Run with {@code mvn -Pbench -pl search-api -am verify}.
 */
@ExtendWith(ImhStackExtension.class)
class SearchLatencyBench {
    private static final int LISTINGS = 10_000;
    private static final int CONCURRENCY = 4;
    private static final int ROUNDS = 4;
    private static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    private static final int MEASURED = Integer.getInteger("bench.requests", 3_000);
    private static final List<String> QUERIES = List.of(
            "q=endorsement",
            "q=online+certificate+infant-parent+psychotherapy+Colorado",
            "q=reflective+supervision&region=MI",
            "region=CA&credential=ENDORSEMENT",
            "q=infant+mental+health+specialist&sort=deadline",
            "q=attachment+trauma&education=BACHELORS",
            "",
            "q=CPP&size=50");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void searchThroughTheApiAndStraightToElasticsearch(TestStack stack) throws Exception {
        stack.reset();
        try (TestIndex index = new TestIndex(stack)) {
            List<ObjectNode> documents = GeneratedListings.generate(LISTINGS, 20_260_101L);
            for (int from = 0; from < documents.size(); from += 1_000) {
                index.put(documents.subList(from, Math.min(documents.size(), from + 1_000)));
            }
        }
        ProgramSearch bodies = new ProgramSearch(null, QueryEnrichments.standard());
        List<HttpRequest> direct = new ArrayList<>();
        List<HttpRequest> viaApi = new ArrayList<>();
        try (ApiServer api = ApiServer.start(stack, Map.of("IMH_API_RATE_LIMIT", "0"))) {
            URI es = stack.elasticsearchUrl().resolve("/" + SearchIndex.PROGRAMS_ALIAS + "/_search");
            for (String query : QUERIES) {
                String body = Json.write(bodies.bodyFor(SearchParameters.read(QueryParameters.parse(query, SearchParameters.NAMES))));
                direct.add(HttpRequest.newBuilder(es).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
                viaApi.add(HttpRequest.newBuilder(api.base().resolve("/api/v1/programs?" + query))
                        .timeout(Duration.ofSeconds(30)).GET().build());
            }
            System.out.printf("%,d listings indexed; warming up%n", LISTINGS);
            run(direct, WARMUP);
            run(viaApi, WARMUP);
            System.out.println("measuring");
            List<Result> elasticsearch = new ArrayList<>();
            List<Result> throughApi = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) { // alternating, so a change in machine load hits both alike
                elasticsearch.add(run(direct, MEASURED / ROUNDS));
                throughApi.add(run(viaApi, MEASURED / ROUNDS));
            }
            report(Result.median(elasticsearch), Result.median(throughApi));
        }
    }

    private Result run(List<HttpRequest> requests, int count) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < CONCURRENCY; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        nanos[i] = timed(requests.get(i % requests.size()));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - started;
        Arrays.sort(nanos);
        return new Result(nanos[count / 2] / 1e6, nanos[(int) Math.ceil(count * 0.99) - 1] / 1e6, count / (elapsed / 1e9));
    }

    private long timed(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 429) {
            throw new IllegalStateException("rate limited: the benchmark needs IMH_API_RATE_LIMIT=0");
        }
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return took;
    }

    private static void report(Result es, Result api) throws IOException {
        String text = String.format(Locale.ROOT, """
                Search benchmark: %,d listings, %d typical queries round-robin, %d concurrent clients, %,d requests each
                in %d alternating rounds (medians of the rounds), after %d warm-up
                                          p50 ms    p99 ms    requests/s
                  Elasticsearch directly  %7.2f   %7.2f   %10.1f
                  through the API         %7.2f   %7.2f   %10.1f
                  API overhead            p50 x%.2f, p99 x%.2f, throughput x%.2f
                """, LISTINGS, QUERIES.size(), CONCURRENCY, MEASURED, ROUNDS, WARMUP, es.p50(), es.p99(), es.perSecond(),
                api.p50(), api.p99(), api.perSecond(), api.p50() / es.p50(), api.p99() / es.p99(),
                api.perSecond() / es.perSecond());
        System.out.println(text);
        Path out = Files.createDirectories(Path.of("target", "bench")).resolve("search.txt");
        Files.writeString(out, text);
    }

    private record Result(double p50, double p99, double perSecond) {
        /** Per measure, the median over the rounds. */
        static Result median(List<Result> rounds) {
            return new Result(median(rounds, Result::p50), median(rounds, Result::p99), median(rounds, Result::perSecond));
        }

        private static double median(List<Result> rounds, java.util.function.ToDoubleFunction<Result> measure) {
            double[] values = rounds.stream().mapToDouble(measure).sorted().toArray();
            return (values[(values.length - 1) / 2] + values[values.length / 2]) / 2;
        }
    }
}
