package org.imhfinder.bench.extract;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.run.Scale;
import org.imhfinder.bench.report.Row;
import org.imhfinder.config.Settings;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.limits.ReadingThreads;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.sources.SourceDefinition;
import org.jsoup.Jsoup;

/**
 * Extract: normalize's whole work on each corpus page (parse, strip, find the programs, extract,
 * assemble listings) against {@code Jsoup.parse} of the same pages, one page at a time, in CPU time
 * and allocated bytes (a shared machine's wall clock measures the neighbours) of the measuring thread
 * and of normalize's reading workers, where a page's parsing and extraction run: pages per second per
 * core, and bytes allocated per page.
 */
public final class ExtractPair {
    public static final String PAIR = "extract";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-02T08:00:00Z"), ZoneOffset.UTC);

    /** The rows and the limit in pages/s per core (for the end-to-end sum). */
    public record Result(List<Row> rows, double limitPerSecond) {
    }

    /** CPU seconds and bytes allocated for some rounds over the pages. */
    record Cost(double cpuSeconds, long bytes, long pages, long found) {
        double perSecond() {
            return pages / cpuSeconds;
        }

        double kilobytesPerPage() {
            return bytes / 1024.0 / pages;
        }
    }

    private ExtractPair() {
    }

    public static Result run(Scale scale, Progress progress) {
        List<SourceDefinition> sources = CorpusPages.sources();
        List<PageEvent> pages = CorpusPages.pages(sources);
        progress.say(PAIR, "%d corpus pages; warming up", pages.size());
        int warmUp = Math.max(2, scale.extractRounds() / 2);
        measure(pages, warmUp, normalize(sources));
        measure(pages, warmUp, parse());
        Cost project = measure(pages, scale.extractRounds(), normalize(sources));
        Cost limit = measure(pages, scale.extractRounds(), parse());
        progress.say(PAIR, "normalize %,.0f pages/s per core, Jsoup.parse %,.0f", project.perSecond(), limit.perSecond());
        String note = String.format("%d pages x %d rounds, one at a time, CPU time; %d listings a round",
                pages.size(), scale.extractRounds(), project.found() / scale.extractRounds());
        return new Result(List.of(
                Row.rate("extract", PAIR, "pages/s per core", "pages/s", project.perSecond(), limit.perSecond(), note),
                Row.cost("extract-alloc", PAIR, "allocated per page", "KB", project.kilobytesPerPage(),
                        limit.kilobytesPerPage(), null)), limit.perSecond());
    }

    /** A normalizer per round, as a fresh process would have one (built before the clock starts). */
    private static Supplier<ToIntFunction<PageEvent>> normalize(List<SourceDefinition> sources) {
        return () -> {
            PageNormalizer normalizer = NormalizeStage.normalizer(Settings.defaults(), sources, "demo-sources.yml",
                    new NormalizeMetrics(new SimpleMeterRegistry()), CLOCK);
            return page -> normalizer.normalize(page).listings().size();
        };
    }

    private static Supplier<ToIntFunction<PageEvent>> parse() {
        return () -> page -> Jsoup.parse(page.body(), page.url()).childNodeSize(); // used, so the parse is not optimised away
    }

    static Cost measure(List<PageEvent> pages, int rounds, Supplier<ToIntFunction<PageEvent>> setUp) {
        List<ToIntFunction<PageEvent>> works = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            works.add(setUp.get());
        }
        // a reading per round, thread by thread: a worker of an earlier round that ends meanwhile takes nothing away
        ReadingThreads.Usage used = new ReadingThreads.Usage(0, 0);
        long found = 0;
        for (ToIntFunction<PageEvent> work : works) {
            ReadingThreads.Reading before = ReadingThreads.read();
            for (PageEvent page : pages) {
                found += work.applyAsInt(page);
            }
            used = used.plus(ReadingThreads.read().since(before));
        }
        return new Cost(used.cpuNanos() / 1e9, used.allocatedBytes(),
                (long) pages.size() * rounds, found);
    }
}
