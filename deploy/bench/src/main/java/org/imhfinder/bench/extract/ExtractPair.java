package org.imhfinder.bench.extract;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.imhfinder.bench.run.JitCompiler;
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
    /** The compiler's share of a warm-up's time under which the code counts as compiled (as the index and search pairs). */
    private static final double QUIET_SHARE = 0.05;
    private static final int MOST_WARM_UPS = 20;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-02T08:00:00Z"), ZoneOffset.UTC);

    /** The rows and the limit in pages/s per core (for the end-to-end sum). */
    public record Result(List<Row> rows, double limitPerSecond) {
    }

    /** CPU seconds and bytes allocated for some rounds over the pages. */
    record Cost(double cpuSeconds, long bytes, long pages, long found) {
        static final Cost NONE = new Cost(0, 0, 0, 0);

        Cost plus(Cost other) {
            return new Cost(cpuSeconds + other.cpuSeconds, bytes + other.bytes, pages + other.pages, found + other.found);
        }

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
        int most = scale.warmUntilQuiet() ? MOST_WARM_UPS : 1;
        int normalizeWarmUps = warmUp(pages, warmUp, normalize(sources), most, "normalize", progress);
        int parseWarmUps = warmUp(pages, warmUp, parse(), most, "Jsoup.parse", progress);
        // round by round in turn, so that both meet the same machine (a neighbour's burst, a collection's aftermath)
        Cost project = Cost.NONE;
        Cost limit = Cost.NONE;
        for (int r = 0; r < scale.extractRounds(); r++) {
            project = project.plus(measure(pages, 1, normalize(sources)));
            limit = limit.plus(measure(pages, 1, parse()));
        }
        progress.say(PAIR, "normalize %,.0f pages/s per core, Jsoup.parse %,.0f", project.perSecond(), limit.perSecond());
        String note = String.format("%d pages x %d rounds, one at a time, in turn with Jsoup.parse's, CPU time; %d listings a round; warmed up %d and %d"
                        + " rounds", pages.size(), scale.extractRounds(), project.found() / scale.extractRounds(),
                normalizeWarmUps * warmUp, parseWarmUps * warmUp);
        return new Result(List.of(
                Row.rate("extract", PAIR, "pages/s per core", "pages/s", project.perSecond(), limit.perSecond(), note),
                Row.cost("extract-alloc", PAIR, "allocated per page", "KB", project.kilobytesPerPage(),
                        limit.kilobytesPerPage(), null)), limit.perSecond());
    }

    /** One round's work on a page, with what it leaves to end once the round is measured. */
    interface Work extends ToIntFunction<PageEvent>, AutoCloseable {
        @Override
        default void close() {
        }
    }

    /**
     * A normalizer per round, as a fresh process would have one (built before the clock starts), closed after its
     * round: its idle reading threads would otherwise live on for a minute, and every reading of the threads' CPU
     * time would read them all.
     */
    private static Supplier<Work> normalize(List<SourceDefinition> sources) {
        return () -> {
            PageNormalizer normalizer = NormalizeStage.normalizer(Settings.defaults(), sources, "demo-sources.yml",
                    new NormalizeMetrics(new SimpleMeterRegistry()), CLOCK);
            return new Work() {
                @Override
                public int applyAsInt(PageEvent page) {
                    return normalizer.normalize(page).listings().size();
                }

                @Override
                public void close() {
                    normalizer.close();
                }
            };
        };
    }

    private static Supplier<Work> parse() {
        return () -> page -> Jsoup.parse(page.body(), page.url()).childNodeSize(); // used, so the parse is not optimised away
    }

    /**
     * Warm-ups of {@code rounds} rounds each, again while the JVM compiled for more than {@value #QUIET_SHARE} of the
     * last one's time, at most {@code most} of them: normalize's code reaches the compiler's top tier only after
     * thousands of pages, so a few rounds left it measured half compiled (809 pages/s against 1,250 once warm). The
     * warm-ups done.
     */
    private static int warmUp(List<PageEvent> pages, int rounds, Supplier<Work> setUp, int most,
                              String what, Progress progress) {
        double share = 1;
        int done = 0;
        while (done < most && share > QUIET_SHARE) {
            long compiled = JitCompiler.compilingMs();
            long started = System.nanoTime();
            measure(pages, rounds, setUp);
            share = JitCompiler.shareSince(compiled, started);
            done++;
        }
        progress.say(PAIR, "%s warmed up over %d rounds, the JVM compiling for %.0f%% of the last %d", what, done * rounds,
                share * 100, rounds);
        return done;
    }

    static Cost measure(List<PageEvent> pages, int rounds, Supplier<Work> setUp) {
        List<Work> works = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            works.add(setUp.get());
        }
        // a reading per round, thread by thread: a worker of an earlier round that ends meanwhile takes nothing away
        ReadingThreads.Usage used = new ReadingThreads.Usage(0, 0);
        long found = 0;
        for (Work work : works) {
            ReadingThreads.Reading before = ReadingThreads.read();
            for (PageEvent page : pages) {
                found += work.applyAsInt(page);
            }
            used = used.plus(ReadingThreads.read().since(before));
            work.close();
        }
        return new Cost(used.cpuNanos() / 1e9, used.allocatedBytes(),
                (long) pages.size() * rounds, found);
    }
}
