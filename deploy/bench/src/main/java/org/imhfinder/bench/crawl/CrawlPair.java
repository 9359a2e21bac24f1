package org.imhfinder.bench.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.run.Scale;
import org.imhfinder.bench.report.Row;
import org.imhfinder.bench.stack.BenchStack;
import org.imhfinder.bench.stack.MemoryProbe;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.ingest.IngestStage;
import org.imhfinder.ingest.fetch.AddressPolicy;
import org.imhfinder.ingest.fetch.FetchLimits;
import org.imhfinder.ingest.fetch.FetchResponse;
import org.imhfinder.ingest.fetch.HttpFetcher;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;

/**
 * Crawl: ingest alone crawling a generated local web with no delay, pages/s published to
 * {@code imh.pages.v1} (by the run's own clock, start to FETCHED). Limit: a plain loop of the
 * crawler's own HTTP client ({@link HttpFetcher}, same limits) fetching the same URLs with as many
 * threads as ingest has workers, as fast as it can.
 */
public final class CrawlPair {
    public static final String PAIR = "crawl";

    /** The rows, the limit in pages/s (for the end-to-end sum) and ingest's memory. */
    public record Result(List<Row> rows, double limitPerSecond, MemoryProbe.Peak memory) {
    }

    private CrawlPair() {
    }

    public static Result run(BenchStack stack, Scale scale, Path workDir, Progress progress) throws Exception {
        try (GeneratedWeb web = GeneratedWeb.serve("bench-crawl", scale.crawlPages(), scale.crawlHosts())) {
            Settings settings = stack.settings(Map.of("IMH_SOURCES", web.sourcesFile(workDir).toString()));
            int workers = settings.get(ConfigKeys.CRAWL_WORKERS);
            progress.say(PAIR, "%,d pages over %d hosts; ingest with %d workers, delay 0", web.pages(),
                    scale.crawlHosts(), workers);
            MemoryProbe.reset();
            CrawlRun run;
            try (Pipeline ingest = Pipeline.start(settings, List.of(new IngestStage()))) {
                CrawlDriver driver = new CrawlDriver(stack.kafkaBootstrap(), progress, PAIR);
                run = driver.await(driver.requestWhenListening(stack.offsets(), web.sourceId()), CrawlState.FETCHED,
                        Duration.ofMinutes(10));
            }
            MemoryProbe.Peak memory = MemoryProbe.peak();
            double seconds = Duration.between(run.startedAt(), run.fetchedAt()).toMillis() / 1e3;
            double project = run.counts().published() / seconds;
            progress.say(PAIR, "ingest: %,d pages in %.1f s = %,.0f pages/s; now the plain fetch loop",
                    run.counts().published(), seconds, project);
            double limit = plainLoop(settings, web.pageUrls(), workers);
            progress.say(PAIR, "plain loop: %,.0f pages/s", limit);
            Row row = Row.rate("crawl", PAIR, "pages/s to imh.pages.v1", "pages/s", project, limit,
                    String.format("%,d pages / %d hosts, delay 0, %d workers; limit: same HTTP client, %d threads, no Kafka",
                            web.pages(), scale.crawlHosts(), workers, workers));
            return new Result(List.of(row), limit, memory);
        }
    }

    /** Pages per second of a loop of the crawler's client over the URLs, on {@code threads} threads. */
    static double plainLoop(Settings settings, List<URI> urls, int threads) throws Exception {
        FetchLimits limits = FetchLimits.from(settings);
        HttpFetcher fetcher = new HttpFetcher(limits, new AddressPolicy(true),
                HttpFetcher.userAgent(settings.get(ConfigKeys.CRAWL_CONTACT_URL)));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> loops = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                loops.add(pool.submit(() -> {
                    int fetched = 0;
                    for (int i = next.getAndIncrement(); i < urls.size(); i = next.getAndIncrement()) {
                        FetchResponse response = fetcher.get(urls.get(i), Map.of(), limits.maxBodyBytes(), (s, t2) -> true);
                        fetched += response.status() == 200 ? 1 : 0;
                    }
                    return fetched;
                }));
            }
            int fetched = 0;
            for (Future<Integer> loop : loops) {
                fetched += loop.get();
            }
            if (fetched != urls.size()) {
                throw new IllegalStateException("the plain loop fetched " + fetched + " of " + urls.size() + " pages");
            }
        } finally {
            pool.shutdownNow();
        }
        return urls.size() / ((System.nanoTime() - start) / 1e9);
    }
}
