package org.imhfinder.normalize.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imhfinder.config.Settings;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.corpus.CorpusBench;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.sources.SourceDefinition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole stage's work over the corpus: every page event of the 14 demo sites (HTML pages,
 * requirement PDFs, 404s), in crawl order, with the pages that waited for a PDF normalized again.
 * Reported per page event, on one thread: the inverse is pages per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class CorpusStageBenchmark {
    /** The number of page events of the corpus crawl; checked at setup. */
    static final int EVENTS = 121;

    private List<SourceDefinition> sources;
    private List<PageEvent> events;

    @Setup(Level.Trial)
    public void setUp() {
        sources = CorpusBench.sources();
        events = CorpusBench.events();
        if (events.size() != EVENTS) {
            throw new IllegalStateException("the corpus crawl has " + events.size() + " events; set EVENTS to it");
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int normalizeTheCorpus() {
        PageNormalizer normalizer = NormalizeStage.normalizer(Settings.defaults(), sources, "demo-sources.yml",
                new NormalizeMetrics(new SimpleMeterRegistry()), CorpusBench.CLOCK);
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
