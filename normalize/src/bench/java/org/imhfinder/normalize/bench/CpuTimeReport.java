package org.imhfinder.normalize.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.imhfinder.config.Settings;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.corpus.CorpusBench;
import org.imhfinder.normalize.limits.ReadingThreads;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.PageEvent;

/**
 * The same work as the JMH benchmarks, measured in CPU time and bytes allocated by the measuring
 * thread and normalize's reading workers (ThreadMXBean, see {@link ReadingThreads}) rather than
 * wall-clock time: on a shared, oversubscribed machine the wall clock measures the neighbours, the
 * threads' CPU time measures the work. Prints CPU ms and KB allocated per page, and pages per second
 * per core.
 */
public final class CpuTimeReport {
    private static final int WARM_UP_ROUNDS = 30;
    private static final int PAGE_ROUNDS = 300;
    private static final int CORPUS_ROUNDS = 20;
    private static final List<String> PAGES = List.of("cascadia-imha/copy-of-ifs-endorsement-requirement",
            "greatlakes-aimh/endorsement/infant-family-specialist/", "heartland-iecmh/page-18104", "lumen-network/network/programs/");

    private CpuTimeReport() {
    }

    public static void main(String[] args) {
        List<PageEvent> corpus = CorpusBench.events();
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            corpus(corpus);
        }
        System.out.printf(Locale.ROOT, "%n%-55s %8s %12s %14s%n", "one page", "KB html", "CPU ms/page", "KB alloc/page");
        PageNormalizer normalizer = normalizer();
        for (String name : PAGES) {
            PageEvent page = CorpusBench.page(name);
            long cpu = ReadingThreads.cpuNanos();
            long bytes = ReadingThreads.allocatedBytes();
            for (int i = 0; i < PAGE_ROUNDS; i++) {
                normalizer.normalize(page);
            }
            double ms = (ReadingThreads.cpuNanos() - cpu) / 1e6 / PAGE_ROUNDS;
            double kb = (ReadingThreads.allocatedBytes() - bytes) / 1024.0 / PAGE_ROUNDS;
            System.out.printf(Locale.ROOT, "%-55s %8d %12.2f %14.0f%n", name,
                    page.body().getBytes(StandardCharsets.UTF_8).length / 1024, ms, kb);
        }
        long cpu = ReadingThreads.cpuNanos();
        long bytes = ReadingThreads.allocatedBytes();
        for (int i = 0; i < CORPUS_ROUNDS; i++) {
            corpus(corpus);
        }
        double msPerEvent = (ReadingThreads.cpuNanos() - cpu) / 1e6 / CORPUS_ROUNDS / corpus.size();
        double kbPerEvent = (ReadingThreads.allocatedBytes() - bytes) / 1024.0 / CORPUS_ROUNDS / corpus.size();
        System.out.printf(Locale.ROOT, "%nwhole stage over the corpus (%d page events, PDFs included): %.2f CPU ms/event, "
                + "%.0f pages/s per core, %.0f KB allocated/event%n%n", corpus.size(), msPerEvent, 1000 / msPerEvent, kbPerEvent);
    }

    private static PageNormalizer normalizer() {
        return NormalizeStage.normalizer(Settings.defaults(), CorpusBench.sources(), "demo-sources.yml",
                new NormalizeMetrics(new SimpleMeterRegistry()), CorpusBench.CLOCK);
    }

    private static int corpus(List<PageEvent> events) {
        PageNormalizer normalizer = normalizer();
        int listings = 0;
        for (PageEvent event : events) {
            NormalizedPage page = normalizer.normalize(event);
            listings += page.listings().size();
            for (PageEvent ready : page.ready()) {
                listings += normalizer.normalizeAgain(ready).listings().size();
            }
        }
        return listings;
    }
}
