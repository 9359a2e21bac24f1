package org.imhfinder.ingest.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.sources.SourceDefinition;

/**
 * A crawl run in progress: its sources, the tasks it still has queued or out ({@code pending}:
 * at zero the run has fetched everything), its state and a few notes for the operator.
 */
public final class CrawlRunState {
    static final int MAX_NOTES = 50;

    private final String crawlId;
    private final CrawlTrigger trigger;
    private final String requestedBy;
    private final Instant startedAt;
    private final List<Integer> instances;
    private final Map<String, SourceRun> sources = new LinkedHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final List<String> notes = new ArrayList<>();
    private volatile CrawlState state = CrawlState.RUNNING;
    private volatile Instant fetchedAt;
    private volatile Instant settledAt;
    private volatile String error;
    private volatile boolean dirty = true;
    private volatile Settlement.Progress settlement;

    CrawlRunState(String crawlId, CrawlTrigger trigger, String requestedBy, Instant startedAt,
                  Collection<SourceDefinition> sources, List<Integer> instances) {
        this.crawlId = crawlId;
        this.instances = List.copyOf(instances);
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.startedAt = startedAt;
        sources.forEach(s -> this.sources.put(s.id(), new SourceRun(s)));
    }

    public String crawlId() {
        return crawlId;
    }

    public SourceRun source(String sourceId) {
        return sources.get(sourceId);
    }

    public Collection<SourceRun> sources() {
        return sources.values();
    }

    /** The ingest instances taking part in the run (just this one unless several share the sources). */
    public List<Integer> instances() {
        return instances;
    }

    public CrawlState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public CrawlTrigger trigger() {
        return trigger;
    }

    /** A re-check run: the crawler's own, neither published on {@code imh.crawls.v1} nor journaled. */
    public boolean quiet() {
        return trigger == CrawlTrigger.RECHECK;
    }

    AtomicInteger pending() {
        return pending;
    }

    public int pendingTasks() {
        return pending.get();
    }

    Settlement.Progress settlement() {
        return settlement;
    }

    void settlement(Settlement.Progress progress) {
        this.settlement = progress;
    }

    void fetched(Instant at) {
        state = CrawlState.FETCHED;
        fetchedAt = at;
        dirty = true;
    }

    void settled(Instant at) {
        state = CrawlState.SETTLED;
        settledAt = at;
        dirty = true;
    }

    void failed(String why) {
        state = CrawlState.FAILED;
        error = why;
        dirty = true;
    }

    /** Marks the counts as changed, so the next progress tick publishes them. */
    public void touch() {
        dirty = true;
    }

    boolean takeDirty() {
        boolean was = dirty;
        dirty = false;
        return was;
    }

    /** Records why a URL was skipped or failed (the first {@value #MAX_NOTES} are kept). */
    public void note(String text) {
        synchronized (notes) {
            if (notes.size() < MAX_NOTES) {
                notes.add(text);
            }
        }
    }

    /**
     * Carries over what {@code which} keeps of the counts an earlier process published for this run
     * (per source; a run of one source published before per-source counts existed carries its total).
     */
    void carryOver(CrawlRun earlier, UnaryOperator<CrawlCounts> which) {
        Map<String, CrawlCounts> bySource = earlier.sourceCounts();
        if (bySource.isEmpty() && sources.size() == 1) {
            bySource = Map.of(sources.keySet().iterator().next(), earlier.counts());
        }
        bySource.forEach((id, counts) -> {
            SourceRun source = sources.get(id);
            if (source != null && counts != null) {
                source.carryOver(which.apply(counts));
            }
        });
    }

    public CrawlRun snapshot(Instant now, Map<String, Instant> nextRuns) {
        Map<String, CrawlCounts> bySource = new LinkedHashMap<>();
        sources.forEach((id, run) -> bySource.put(id, run.counts()));
        List<String> noted;
        synchronized (notes) {
            noted = List.copyOf(notes);
        }
        return new CrawlRun(CrawlRun.SCHEMA_VERSION, crawlId, List.copyOf(sources.keySet()), state,
                sum(bySource.values()), startedAt, fetchedAt, settledAt, now, error, trigger, requestedBy, bySource,
                nextRuns, null, noted);
    }

    static CrawlCounts sum(Collection<CrawlCounts> counts) {
        return counts.stream().reduce(CrawlCounts.ZERO, CrawlCounts::plus);
    }
}
