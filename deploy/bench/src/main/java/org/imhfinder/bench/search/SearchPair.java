package org.imhfinder.bench.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.imhfinder.bench.run.JitCompiler;
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
 * Search, measured where it is served. First the knee: the highest request rate at which
 * Elasticsearch alone answers the ten typical queries with p99 within {@value #KNEE_P99_MS} ms
 * (rates doubled from the scale's first rate until p99 passes it or requests fail, then bisected,
 * each step a few seconds straight to Elasticsearch). Then the API (its result cache off, so every
 * search does the whole work) against the very bodies it sends, straight to Elasticsearch, at the
 * knee and at half of it, the two alternating in halves so a change in the machine's load hits both
 * alike; the API's own time per search is read from its {@code Server-Timing} answers. Last, one
 * search repeated at the knee rate, through the API with its result cache on and straight to
 * Elasticsearch.
 */
public final class SearchPair {
    public static final String PAIR = "search";
    /** What "Elasticsearch keeps up" means: p99 within this. */
    static final double KNEE_P99_MS = 100;
    private static final int BISECTIONS = 3;
    /** The knee search stops doubling here: past it the client, not Elasticsearch, would be measured. */
    private static final int MAX_RATE = 1_280;

    /** The rows and the search API's memory. */
    public record Result(List<Row> rows, MemoryProbe.Peak memory) {
    }

    /** One step of the search for the knee: a rate, the p99 it gave, and whether it kept up. */
    record Step(int rate, double p99, int failed) {
        boolean keptUp() {
            return p99 <= KNEE_P99_MS && failed == 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/s: %.0f ms%s", rate, p99, failed == 0 ? "" : " (" + failed + " failed)");
        }
    }

    private SearchPair() {
    }

    public static Result run(BenchStack stack, Scale scale, Progress progress) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        PacedLoad load = new PacedLoad(http, scale.searchConcurrency());
        MemoryProbe.reset();
        List<HttpRequest> direct = QueryMix.straightToElasticsearch(stack.elasticsearchUrl());
        Duration step = Duration.ofSeconds(Math.max(1, scale.searchSeconds() / 4));
        Duration each = Duration.ofSeconds(scale.searchSeconds());
        List<Row> rows = new ArrayList<>();
        int knee;
        WarmUp warmUp;
        Settings uncached = stack.settings(Map.of("IMH_API_RATE_LIMIT", "0", "IMH_API_SEARCH_CACHE_ENTRIES", "0"));
        try (Pipeline api = Pipeline.start(uncached, List.of(new SearchApiStage()))) {
            List<HttpRequest> viaApi = QueryMix.throughApi(awaitReady(http, uncached));
            List<String> relaxed = relaxed(http, viaApi);
            progress.say(PAIR, "answer sizes, mean of the mix: %s", sizes(http, viaApi, direct));
            progress.say(PAIR, "answered relaxed by the API (more than one search): %s", relaxed.isEmpty() ? "none" : relaxed);
            warmUp = WarmUp.run(http, viaApi, direct, scale, progress);
            List<Step> steps = knee(load, direct, scale.searchRate(), step, progress);
            // none kept up (a machine too busy): the lowest rate tried, so the comparison still runs
            knee = steps.stream().filter(Step::keptUp).mapToInt(Step::rate).max()
                    .orElse(steps.stream().mapToInt(Step::rate).min().orElseThrow());
            progress.say(PAIR, "knee %d req/s (%s)", knee, steps.stream().map(Step::toString).collect(Collectors.joining(", ")));
            Compared atKnee = compare(load, viaApi, direct, knee, each, progress);
            Compared atHalf = compare(load, viaApi, direct, Math.max(1, knee / 2), each, progress);
            rows.addAll(mixRows(scale, knee, steps, atKnee, atHalf, relaxed, warmUp));
        }
        Settings cached = stack.settings(Map.of("IMH_API_RATE_LIMIT", "0"));
        try (Pipeline api = Pipeline.start(cached, List.of(new SearchApiStage()))) {
            List<HttpRequest> viaApi = QueryMix.throughApi(awaitReady(http, cached), List.of(QueryMix.REPEATED));
            List<HttpRequest> same = QueryMix.straightToElasticsearch(stack.elasticsearchUrl(), List.of(QueryMix.REPEATED));
            progress.say(PAIR, "one search repeated, the API's result cache on");
            // at least 20 requests each way, so that a slow knee still gives a p50 worth reading
            Duration repeatedFor = Duration.ofSeconds(Math.max(step.toSeconds(), (20 + knee - 1) / knee));
            rows.addAll(repeatedRows(knee, compare(load, viaApi, same, knee, repeatedFor, progress)));
        }
        return new Result(rows, MemoryProbe.peak());
    }

    /**
     * The steps of the search for the knee, straight to Elasticsearch: from {@code first}, the rate
     * doubled while it keeps up (or halved, down to 1 request/s, until it does), then bisected
     * between the last rate that kept up and the first that did not.
     */
    static List<Step> knee(PacedLoad load, List<HttpRequest> direct, int first, Duration each, Progress progress)
            throws InterruptedException {
        List<Step> steps = new ArrayList<>();
        Step last = measure(load, direct, first, each, progress);
        steps.add(last);
        boolean upwards = last.keptUp();
        while (last.keptUp() == upwards && (upwards ? last.rate() < MAX_RATE : last.rate() > 1)) {
            last = measure(load, direct, upwards ? last.rate() * 2 : Math.max(1, last.rate() / 2), each, progress);
            steps.add(last);
        }
        int highest = steps.stream().filter(Step::keptUp).mapToInt(Step::rate).max().orElse(0);
        int good = highest;
        int bad = steps.stream().filter(s -> !s.keptUp() && s.rate() > highest).mapToInt(Step::rate).min().orElse(0);
        for (int i = 0; i < BISECTIONS && good > 0 && bad > 0 && bad - good > Math.max(1, good / 10); i++) {
            int middle = (good + bad) / 2;
            Step step = measure(load, direct, middle, each, progress);
            steps.add(step);
            if (step.keptUp()) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        return steps;
    }

    private static Step measure(PacedLoad load, List<HttpRequest> direct, int rate, Duration each, Progress progress)
            throws InterruptedException {
        PacedLoad.Outcome outcome = load.run(direct, rate, each);
        Step step = new Step(rate, Percentiles.of(outcome.millis(), 99), outcome.errors() + outcome.notServed());
        progress.say(PAIR, "knee: %s", step);
        return step;
    }

    /** The API and Elasticsearch at one rate, in two rounds of halves, the direct half first. */
    record Compared(int rate, PacedLoad.Outcome api, PacedLoad.Outcome direct, long apiCompilingMs, long directCompilingMs) {
    }

    private static Compared compare(PacedLoad load, List<HttpRequest> viaApi, List<HttpRequest> direct, int rate,
                                    Duration each, Progress progress) throws InterruptedException {
        Duration half = each.dividedBy(2);
        List<PacedLoad.Outcome> es = new ArrayList<>();
        List<PacedLoad.Outcome> through = new ArrayList<>();
        long apiCompiling = 0;
        long directCompiling = 0;
        for (int round = 1; round <= 2; round++) {
            progress.say(PAIR, "round %d/2: %d req/s for %.1f s straight to Elasticsearch, then through the API", round, rate,
                    half.toMillis() / 1000.0);
            long compiled = JitCompiler.compilingMs();
            es.add(load.run(direct, rate, half));
            long between = JitCompiler.compilingMs();
            through.add(load.run(viaApi, rate, half));
            directCompiling += between - compiled;
            apiCompiling += JitCompiler.compilingMs() - between;
        }
        return new Compared(rate, merge(through), merge(es), apiCompiling, directCompiling);
    }

    private static List<Row> mixRows(Scale scale, int knee, List<Step> steps, Compared atKnee, Compared atHalf,
                                     List<String> relaxed, WarmUp warmUp) {
        String mix = String.format(Locale.ROOT, "%d clients, %d queries in turn (%s), %d s each way; knee search: %s%s",
                scale.searchConcurrency(), QueryMix.QUERIES.size(), relaxed.isEmpty() ? "none answered relaxed"
                        : "answered relaxed, more than one search: " + String.join(" ", relaxed), scale.searchSeconds(),
                steps.stream().map(Step::toString).collect(Collectors.joining(", ")),
                steps.stream().anyMatch(Step::keptUp) ? "" : " (none kept up: the lowest rate tried)");
        double[] own = atKnee.api().serverTimes();
        return List.of(
                Row.figure("search-knee", PAIR, "knee: highest rate Elasticsearch keeps p99 <= 100 ms", "req/s", knee, mix),
                Row.cost("search-p50", PAIR, "p50 latency at the knee", "ms", p(atKnee.api(), 50), p(atKnee.direct(), 50),
                        String.format(Locale.ROOT, "%s; the JVM compiled for %.1f s through the API, %.1f s direct",
                                warmUp, atKnee.apiCompilingMs() / 1000.0, atKnee.directCompilingMs() / 1000.0)),
                Row.cost("search-p99", PAIR, "p99 latency at the knee", "ms", p(atKnee.api(), 99), p(atKnee.direct(), 99), null),
                Row.cost("search-half-p50", PAIR, "p50 latency at half the knee", "ms", p(atHalf.api(), 50),
                        p(atHalf.direct(), 50), atHalf.rate() + " req/s"),
                Row.cost("search-half-p99", PAIR, "p99 latency at half the knee", "ms", p(atHalf.api(), 99),
                        p(atHalf.direct(), 99), null),
                new Row("search-errors", PAIR, "errors and not served", "requests", (double) failed(atKnee.api())
                        + failed(atHalf.api()), (double) failed(atKnee.direct()) + failed(atHalf.direct()), null,
                        String.format(Locale.ROOT, "at the knee and at half, of %,d requests each way",
                                atKnee.api().millis().length + atHalf.api().millis().length)),
                Row.figure("search-overhead-p50", PAIR, "API's own time per search, p50", "ms",
                        own.length == 0 ? Double.NaN : Percentiles.of(own, 50), "parse, interpret, body, read and write "
                                + "JSON (Server-Timing api), at the knee"),
                Row.figure("search-overhead-p99", PAIR, "API's own time per search, p99", "ms",
                        own.length == 0 ? Double.NaN : Percentiles.of(own, 99), null),
                Row.figure("search-outside-p50", PAIR, "time outside the API's phases, p50", "ms",
                        percentile(atKnee.api().outsideServer(), 50), "round trip less Server-Timing api and es: the HTTP hop"
                                + " to the API and its server's threads, at the knee"),
                Row.cost("search-es-wait-p50", PAIR, "the API's wait on Elasticsearch vs a direct round trip, p50", "ms",
                        percentile(atKnee.api().esTimes(), 50), percentile(atKnee.direct().answeredRoundTrips(), 50),
                        "Server-Timing es (the Elasticsearch client inside the API, every search a query makes) against"
                                + " the bench's own client straight to Elasticsearch, at the knee"));
    }

    private static List<Row> repeatedRows(int rate, Compared repeated) {
        PacedLoad.Outcome api = repeated.api();
        return List.of(
                Row.cost("search-repeated-p50", PAIR, "p50 latency, one search repeated", "ms", p(api, 50),
                        p(repeated.direct(), 50), String.format(Locale.ROOT, "%s at %d req/s; %,d of %,d from the API's "
                                + "result cache; %d failed through the API, %d direct", QueryMix.REPEATED, rate, api.cached(),
                                api.millis().length, failed(api), failed(repeated.direct()))),
                Row.cost("search-repeated-p99", PAIR, "p99 latency, one search repeated", "ms", p(api, 99),
                        p(repeated.direct(), 99), null));
    }

    /**
     * The queries of the mix the API answers relaxed: it searched again, so it asked Elasticsearch
     * more than the one body the direct side sends (the comparison is like with like only without them).
     */
    static List<String> relaxed(HttpClient http, List<HttpRequest> viaApi) throws Exception {
        List<String> relaxed = new ArrayList<>();
        for (HttpRequest request : viaApi) {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && org.imhfinder.schema.Json.mapper().readTree(answer.body()).path("relaxed").asBoolean()) {
                relaxed.add(request.uri().getRawQuery());
            }
        }
        return relaxed;
    }

    /** The mean size of an answer of the mix, through the API and straight from Elasticsearch (neither compressed). */
    static String sizes(HttpClient http, List<HttpRequest> viaApi, List<HttpRequest> direct) throws Exception {
        return String.format(Locale.ROOT, "API %.1f KB, direct %.1f KB", meanKilobytes(http, viaApi),
                meanKilobytes(http, direct));
    }

    private static double meanKilobytes(HttpClient http, List<HttpRequest> requests) throws Exception {
        long bytes = 0;
        for (HttpRequest request : requests) {
            bytes += http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
        }
        return bytes / 1024.0 / requests.size();
    }

    private static double percentile(double[] values, double percent) {
        return values.length == 0 ? Double.NaN : Percentiles.of(values, percent);
    }

    private static double p(PacedLoad.Outcome outcome, double percent) {
        return Percentiles.of(outcome.millis(), percent);
    }

    private static int failed(PacedLoad.Outcome outcome) {
        return outcome.errors() + outcome.notServed();
    }

    private static PacedLoad.Outcome merge(List<PacedLoad.Outcome> rounds) {
        double[] all = rounds.stream().flatMapToDouble(o -> DoubleStream.of(o.millis())).toArray();
        double[] server = rounds.stream().flatMapToDouble(o -> DoubleStream.of(o.serverMillis())).toArray();
        double[] es = rounds.stream().flatMapToDouble(o -> DoubleStream.of(o.esMillis())).toArray();
        double[] trips = rounds.stream().flatMapToDouble(o -> DoubleStream.of(o.roundTrips())).toArray();
        return new PacedLoad.Outcome(all, rounds.stream().mapToInt(PacedLoad.Outcome::errors).sum(),
                rounds.stream().mapToInt(PacedLoad.Outcome::notServed).sum(), server,
                rounds.stream().mapToInt(PacedLoad.Outcome::cached).sum(), es, trips);
    }

    private static URI awaitReady(HttpClient http, Settings settings) {
        URI base = URI.create("http://127.0.0.1:" + settings.get(ConfigKeys.HTTP_PORT) + "/");
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/ready")).timeout(Duration.ofSeconds(5)).build();
        Waits.until("the search API to be ready", Duration.ofMinutes(2), Duration.ofMillis(200),
                () -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return base;
    }
}
