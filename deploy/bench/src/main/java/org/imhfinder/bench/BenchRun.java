package org.imhfinder.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imhfinder.bench.crawl.CrawlPair;
import org.imhfinder.bench.endtoend.EndToEndPair;
import org.imhfinder.bench.extract.ExtractPair;
import org.imhfinder.bench.index.IndexPair;
import org.imhfinder.bench.report.BenchReport;
import org.imhfinder.bench.report.Machine;
import org.imhfinder.bench.report.Row;
import org.imhfinder.bench.search.SearchPair;
import org.imhfinder.bench.stack.BenchStack;
import org.imhfinder.bench.stack.MemoryProbe;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.run.Scale;

/**
 * One run of every pair, in an order where each leaves the next what it needs: extract (CPU
 * only, before anything else runs), then on the local stack index (its listings are what search
 * searches), search, crawl, and end to end (which adds up the limits measured before it).
 * The stages run in this JVM one pair at a time, so each pair's memory is its stage's.
 * A run may be limited to some pairs ({@link Pair}); a pair brings what it needs with it
 * (search searches what index indexed; end to end adds up the crawl, extract and index limits).
 */
public final class BenchRun {
    private final Scale scale;
    private final Path workDir;
    private final String elasticsearchHeap;
    private final Progress progress;
    private final Set<Pair> pairs;

    /** The pairs a run can measure, by the name {@code --only} takes. */
    public enum Pair {
        CRAWL, EXTRACT, INDEX, SEARCH, E2E;

        /** This pair and the pairs it needs measured before it. */
        Set<Pair> withNeeds() {
            return switch (this) {
                case SEARCH -> Set.of(SEARCH, INDEX);
                case E2E -> Set.of(E2E, CRAWL, EXTRACT, INDEX);
                default -> Set.of(this);
            };
        }
    }

    public BenchRun(Scale scale, Path workDir, String elasticsearchHeap, Progress progress) {
        this(scale, workDir, elasticsearchHeap, progress, Set.of(Pair.values()));
    }

    public BenchRun(Scale scale, Path workDir, String elasticsearchHeap, Progress progress, Set<Pair> only) {
        this.pairs = EnumSet.noneOf(Pair.class);
        only.forEach(pair -> pairs.addAll(pair.withNeeds()));
        this.scale = scale;
        this.workDir = workDir;
        this.elasticsearchHeap = elasticsearchHeap;
        this.progress = progress;
    }

    public BenchReport run() throws Exception {
        Instant started = Instant.now();
        Machine machine = Machine.atStart();
        progress.say("bench", "%s run on %d cores, load average %.2f", scale.name(), machine.cores(), machine.loadAverageAtStart());
        List<Row> rows = new ArrayList<>();
        ExtractPair.Result extract = pairs.contains(Pair.EXTRACT) ? ExtractPair.run(scale, progress) : null;
        progress.say("stack", "starting Kafka and Elasticsearch");
        try (BenchStack stack = BenchStack.start(workDir.resolve("stack"), elasticsearchHeap)) {
            progress.say("stack", "Kafka %s, Elasticsearch %s", stack.kafkaBootstrap(), stack.elasticsearchUrl());
            IndexPair.Result index = pairs.contains(Pair.INDEX) ? IndexPair.run(stack, scale, progress) : null;
            SearchPair.Result search = pairs.contains(Pair.SEARCH) ? SearchPair.run(stack, scale, progress) : null;
            CrawlPair.Result crawl = pairs.contains(Pair.CRAWL) ? CrawlPair.run(stack, scale, workDir, progress) : null;
            EndToEndPair.Result endToEnd = pairs.contains(Pair.E2E) ? EndToEndPair.run(stack, scale,
                    new EndToEndPair.Limits(crawl.limitPerSecond(), extract.limitPerSecond(), index.limitPerSecond()),
                    workDir, progress) : null;
            if (crawl != null) {
                rows.addAll(crawl.rows());
            }
            if (extract != null) {
                rows.addAll(extract.rows());
            }
            if (index != null) {
                rows.addAll(index.rows());
            }
            if (endToEnd != null) {
                rows.addAll(endToEnd.rows());
            }
            if (search != null) {
                rows.addAll(search.rows());
            }
            if (crawl != null) {
                rows.add(memory("memory-ingest", "ingest (crawl pair)", crawl.memory()));
            }
            if (index != null) {
                rows.add(memory("memory-indexer", "indexer (index pair)", index.memory()));
            }
            if (search != null) {
                rows.add(memory("memory-search-api", "search-api (search pair)", search.memory()));
            }
            if (endToEnd != null) {
                rows.add(memory("memory-pipeline", "ingest+normalize+indexer (end to end)", endToEnd.memory()));
            }
            stack.serverPids().forEach((name, pid) -> rows.add(Row.figure("memory-" + name, "memory",
                    "peak RSS, " + name, "MB", MemoryProbe.peakRssMb(pid), "its own process, over the whole run")));
        }
        return new BenchReport(started, scale.name(), machine.ended(), progress.elapsedSeconds(), rows);
    }

    private static Row memory(String id, String what, MemoryProbe.Peak peak) {
        return Row.figure(id, "memory", "peak heap, " + what, "MB", peak.heapMb(), String.format(Locale.ROOT,
                "in use at once; %d MB just after a collection at most (each pool's peak summed: %d MB); the stages run in"
                        + " the bench JVM (its heap at most %,d MB), one pair at a time: JVM peak RSS %d MB during the pair",
                peak.afterCollectionMb(), peak.poolPeaksMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024), peak.rssMb()));
    }

    /** The ids of every row a run reports, in order. */
    public static final List<String> ROW_IDS = List.of("crawl", "extract", "extract-alloc", "index", "e2e-seconds", "e2e-p50",
            "e2e-p95", "search-knee", "search-p50", "search-p99", "search-half-p50", "search-half-p99", "search-errors",
            "search-overhead-p50", "search-overhead-p99", "search-outside-p50", "search-es-wait-p50", "search-repeated-p50",
            "search-repeated-p99", "memory-ingest", "memory-indexer", "memory-search-api", "memory-pipeline", "memory-kafka",
            "memory-elasticsearch");
}
