package org.imhfinder.bench.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.run.Scale;
import org.imhfinder.bench.run.Waits;
import org.imhfinder.bench.report.Percentiles;
import org.imhfinder.bench.report.Row;
import org.imhfinder.bench.stack.BenchStack;
import org.imhfinder.bench.stack.MemoryProbe;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.searchapi.SearchApiStage;

/**
 * Search: the API at a fixed rate with a realistic query mix over the listings the index pair
 * indexed; limit: the same Elasticsearch queries (the very bodies the API sends) straight to
 * Elasticsearch at the same rate and concurrency. The two alternate in halves, so a change in
 * the machine's load hits both alike.
 */
public final class SearchPair {
    public static final String PAIR = "search";

    /** The rows and the search API's memory. */
    public record Result(List<Row> rows, MemoryProbe.Peak memory) {
    }

    private SearchPair() {
    }

    public static Result run(BenchStack stack, Scale scale, Progress progress) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        PacedLoad load = new PacedLoad(http, scale.searchConcurrency());
        MemoryProbe.reset();
        Settings settings = stack.settings(Map.of("IMH_API_RATE_LIMIT", "0"));
        try (Pipeline api = Pipeline.start(settings, List.of(new SearchApiStage()))) {
            URI base = URI.create("http://127.0.0.1:" + settings.get(ConfigKeys.HTTP_PORT) + "/");
            awaitReady(http, base);
            List<HttpRequest> viaApi = QueryMix.throughApi(base);
            List<HttpRequest> direct = QueryMix.straightToElasticsearch(stack.elasticsearchUrl());
            Duration warmUp = Duration.ofSeconds(Math.max(1, scale.searchSeconds() / 10));
            progress.say(PAIR, "warming up (%d s each way)", warmUp.toSeconds());
            load.run(direct, scale.searchRate(), warmUp);
            load.run(viaApi, scale.searchRate(), warmUp);
            Duration half = Duration.ofMillis(scale.searchSeconds() * 500L);
            List<PacedLoad.Outcome> es = new ArrayList<>();
            List<PacedLoad.Outcome> through = new ArrayList<>();
            for (int round = 1; round <= 2; round++) {
                progress.say(PAIR, "round %d/2: %d req/s for %d s straight to Elasticsearch, then through the API", round,
                        scale.searchRate(), half.toSeconds());
                es.add(load.run(direct, scale.searchRate(), half));
                through.add(load.run(viaApi, scale.searchRate(), half));
            }
            return new Result(rows(scale, merge(through), merge(es)), MemoryProbe.peak());
        }
    }

    private static List<Row> rows(Scale scale, PacedLoad.Outcome api, PacedLoad.Outcome es) {
        String mix = String.format("%d req/s for %d s each way, %d clients, %d queries in turn", scale.searchRate(),
                scale.searchSeconds(), scale.searchConcurrency(), QueryMix.QUERIES.size());
        return List.of(
                Row.cost("search-p50", PAIR, "p50 latency", "ms", Percentiles.of(api.millis(), 50),
                        Percentiles.of(es.millis(), 50), mix),
                Row.cost("search-p99", PAIR, "p99 latency", "ms", Percentiles.of(api.millis(), 99),
                        Percentiles.of(es.millis(), 99), null),
                new Row("search-errors", PAIR, "errors and not served", "requests", (double) api.errors() + api.notServed(),
                        (double) es.errors() + es.notServed(), null, String.format("of %,d requests each way; not served "
                                + "within the run: %,d API, %,d Elasticsearch", api.millis().length, api.notServed(),
                                es.notServed())));
    }

    private static PacedLoad.Outcome merge(List<PacedLoad.Outcome> rounds) {
        double[] all = rounds.stream().flatMapToDouble(o -> DoubleStream.of(o.millis())).toArray();
        return new PacedLoad.Outcome(all, rounds.stream().mapToInt(PacedLoad.Outcome::errors).sum(),
                rounds.stream().mapToInt(PacedLoad.Outcome::notServed).sum());
    }

    private static void awaitReady(HttpClient http, URI base) {
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/ready")).timeout(Duration.ofSeconds(5)).build();
        Waits.until("the search API to be ready", Duration.ofMinutes(2), Duration.ofMillis(200),
                () -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
