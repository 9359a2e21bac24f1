package org.imhfinder.ingest.share;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;

/**
 * One crawl run from the parts its instances report. The run is RUNNING while any part is
 * running or has not reported yet, FETCHED once every part has fetched, SETTLED once every part
 * has settled; a part that failed (say, its sources were still being crawled by another run)
 * does not hold the others back and is noted, and the run failed only when every part did.
 */
public final class RunParts {
    static final int MAX_NOTES = 50;

    private RunParts() {
    }

    /** The run the parts make; {@code parts} maps an instance to its part (missing: not reported yet). */
    public static CrawlRun combine(String crawlId, List<Integer> instances, Map<Integer, CrawlRun> parts) {
        List<CrawlRun> reported = instances.stream().map(parts::get).filter(p -> p != null).toList();
        CrawlState state = state(instances.size(), reported);
        CrawlRun first = reported.get(0);
        Map<String, CrawlCounts> bySource = new LinkedHashMap<>();
        Map<String, Instant> nextRuns = new LinkedHashMap<>();
        LinkedHashSet<String> sourceIds = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (int instance : instances) {
            CrawlRun part = parts.get(instance);
            if (part == null) {
                continue;
            }
            sourceIds.addAll(part.sourceIds());
            bySource.putAll(part.sourceCounts());
            nextRuns.putAll(part.nextRuns());
            if (part.state() == CrawlState.FAILED && state != CrawlState.FAILED) {
                notes.add("ingest instance " + instance + ": " + part.error());
            }
            notes.addAll(part.notes());
        }
        boolean allFailed = state == CrawlState.FAILED;
        return new CrawlRun(CrawlRun.SCHEMA_VERSION, crawlId, List.copyOf(sourceIds), state,
                sum(reported), earliest(reported, CrawlRun::startedAt),
                state.compareTo(CrawlState.FETCHED) >= 0 && !allFailed ? latest(reported, CrawlRun::fetchedAt) : null,
                state == CrawlState.SETTLED ? latest(reported, CrawlRun::settledAt) : null,
                latest(reported, CrawlRun::updatedAt),
                allFailed ? first.error() : null, first.trigger(), first.requestedBy(), bySource, nextRuns,
                allFailed ? first.alreadyRunningAs() : null, notes.size() > MAX_NOTES ? notes.subList(0, MAX_NOTES) : notes);
    }

    private static CrawlState state(int expected, List<CrawlRun> reported) {
        if (reported.size() == expected && reported.stream().allMatch(p -> p.state() == CrawlState.FAILED)) {
            return CrawlState.FAILED;
        }
        List<CrawlRun> working = reported.stream().filter(p -> p.state() != CrawlState.FAILED).toList();
        if (reported.size() < expected || working.stream().anyMatch(p -> p.state() == CrawlState.RUNNING)) {
            return CrawlState.RUNNING;
        }
        return working.stream().allMatch(p -> p.state() == CrawlState.SETTLED) ? CrawlState.SETTLED : CrawlState.FETCHED;
    }

    private static CrawlCounts sum(List<CrawlRun> parts) {
        return parts.stream().map(CrawlRun::counts).reduce(CrawlCounts.ZERO, CrawlCounts::plus);
    }

    private static Instant earliest(List<CrawlRun> parts, Function<CrawlRun, Instant> field) {
        return parts.stream().map(field).filter(t -> t != null).min(Instant::compareTo).orElse(null);
    }

    private static Instant latest(List<CrawlRun> parts, Function<CrawlRun, Instant> field) {
        return parts.stream().map(field).filter(t -> t != null).max(Instant::compareTo).orElse(null);
    }
}
