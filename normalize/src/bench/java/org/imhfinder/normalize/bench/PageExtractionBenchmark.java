package org.imhfinder.normalize.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Normalizing one typical provider page (30-80 KB of HTML, most of it boilerplate): parse, strip,
 * find the programs, extract and assemble their listings. One thread: the time per page is per core.
 * Run with {@code -prof gc} for the allocation per page ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class PageExtractionBenchmark {
    /** Corpus pages: a Wix level page (accordions, ~56 KB), a WordPress level page (~28 KB), a table of levels, a directory. */
    @Param({"cascadia-imha/copy-of-ifs-endorsement-requirement", "greatlakes-aimh/endorsement/infant-family-specialist/",
            "heartland-iecmh/page-18104", "lumen-network/network/programs/"})
    public String page;

    private PageNormalizer normalizer;
    private PageEvent event;

    @Setup(Level.Trial)
    public void setUp() {
        List<SourceDefinition> sources = CorpusBench.sources();
        normalizer = NormalizeStage.normalizer(Settings.defaults(), sources, "demo-sources.yml",
                new NormalizeMetrics(new SimpleMeterRegistry()), CorpusBench.CLOCK);
        event = CorpusBench.page(page);
        if (normalizer.normalize(event).listings().isEmpty()) {
            throw new IllegalStateException(page + " yields no listing");
        }
        System.out.printf("%n%s: %d KB of HTML%n", page, event.body().getBytes(StandardCharsets.UTF_8).length / 1024);
    }

    @Benchmark
    public NormalizedPage normalizeOnePage() {
        return normalizer.normalize(event);
    }
}
