package org.imhfinder.ingest.run;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.imhfinder.ingest.frontier.CrawlTask;
import org.imhfinder.ingest.frontier.Frontier;
import org.imhfinder.ingest.frontier.FrontierJournal;
import org.imhfinder.ingest.share.HostShares;
import org.imhfinder.ingest.share.RunPublisher;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.schema.FrontierEntry;
import org.imhfinder.sources.SourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts crawl runs, admits what they discover into the frontier, notices when a run has
 * fetched everything, and publishes every run's state. Two crawls of one source never overlap:
 * a source belongs to one running crawl until that crawl has fetched. A request whose sources
 * are all busy is published as FAILED with {@code alreadyRunningAs} naming the crawl to follow;
 * a request for several sources crawls the free ones and notes the busy ones.
 *
 * <p>When several ingest instances share the sources ({@link HostShares}), each one runs its own
 * sources of every request, and publishes its part of the run. Every task a run queues and
 * finishes is written to the frontier's journal, from which {@link #resume} takes a run up again
 * after a restart.
 *
 * <p>Re-checks ({@link #startRecheck}) are runs of the crawler's own: the pages due for a check,
 * with the new links of those that changed. They are neither published nor journaled (a page not
 * checked before a restart is still due after it), and they do not hold their sources: a crawl
 * requested or scheduled meanwhile starts as usual (it checks what the re-check has not yet).
 * A source being crawled, or re-checked, is not given another re-check.
 */
public final class CrawlCoordinator {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlCoordinator.class);

    private final Map<String, SourceDefinition> sources;
    private final HostShares shares;
    private final Frontier frontier;
    private final FrontierJournal journal;
    private final RunPublisher publisher;
    private final Settlement settlement;
    private final Clock clock;
    private final Function<String, Instant> nextRun;
    private final Map<String, CrawlRunState> active = new ConcurrentHashMap<>();
    private final Map<String, String> busy = new LinkedHashMap<>();
    private final Map<String, Instant> lastStarted = new ConcurrentHashMap<>();
    private final java.util.Set<String> rechecking = ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> known = ConcurrentHashMap.newKeySet();

    public CrawlCoordinator(Collection<SourceDefinition> sources, HostShares shares, Frontier frontier,
                            FrontierJournal journal, RunPublisher publisher, Settlement settlement, Clock clock,
                            Function<String, Instant> nextRun, MeterRegistry meters) {
        this.sources = new LinkedHashMap<>();
        sources.forEach(s -> this.sources.put(s.id(), s));
        this.shares = shares;
        this.frontier = frontier;
        this.journal = journal;
        this.publisher = publisher;
        this.settlement = settlement;
        this.clock = clock;
        this.nextRun = nextRun;
        io.micrometer.core.instrument.Gauge.builder("imh.crawl.runs.active", active, Map::size)
                .description("crawl runs in progress").register(meters);
    }

    public Collection<SourceDefinition> sources() {
        return sources.values();
    }

    public CrawlRunState run(String crawlId) {
        return active.get(crawlId);
    }

    public boolean isActive(String crawlId) {
        return active.containsKey(crawlId);
    }

    /** When a source's last run started, as far as this process knows. */
    public Instant lastStarted(String sourceId) {
        return lastStarted.get(sourceId);
    }

    public void rememberLastStart(String sourceId, Instant at) {
        lastStarted.merge(sourceId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Starts a run for a request; returns the run, or null when the request was refused (and published as FAILED). */
    public CrawlRunState start(CrawlRequest request, CrawlTrigger trigger) {
        if (!known.add(request.crawlId())) {
            LOG.info("crawl request {} seen before; ignored", request.crawlId());
            return null;
        }
        List<SourceDefinition> wanted;
        if (request.sourceId() == null || request.sourceId().isBlank()) {
            wanted = List.copyOf(sources.values());
        } else if (sources.containsKey(request.sourceId())) {
            wanted = List.of(sources.get(request.sourceId()));
        } else {
            if (shares.instance() == 0) { // every instance knows; the first one answers
                refuse(request, trigger, "no source '" + request.sourceId() + "' in the sources file", null, List.of(0));
            }
            return null;
        }
        List<Integer> instances = shares.ownersOf(wanted.stream().map(SourceDefinition::id).toList());
        List<SourceDefinition> mine = wanted.stream().filter(s -> shares.owns(s.id())).toList();
        if (mine.isEmpty()) {
            return null; // other instances' sources
        }
        CrawlRunState run;
        List<String> overlap = new ArrayList<>();
        synchronized (busy) {
            List<SourceDefinition> free = new ArrayList<>();
            for (SourceDefinition source : mine) {
                if (busy.containsKey(source.id())) {
                    overlap.add(source.id());
                } else {
                    free.add(source);
                }
            }
            if (free.isEmpty()) {
                String other = busy.get(overlap.get(0));
                if (trigger == CrawlTrigger.REQUEST) {
                    refuse(request, trigger, "already running as " + other, other, instances);
                } else {
                    LOG.info("scheduled crawl of {} skipped: still running as {}", overlap, other);
                }
                return null;
            }
            run = new CrawlRunState(request.crawlId(), trigger, request.requestedBy(), clock.instant(), free, instances);
            free.forEach(s -> busy.put(s.id(), request.crawlId()));
        }
        overlap.forEach(id -> run.note(id + ": skipped, already being crawled by " + busy.get(id)));
        active.put(run.crawlId(), run);
        run.sources().forEach(s -> rememberLastStart(s.sourceId(), run.startedAt()));
        LOG.info("crawl {} ({}) started: {}", run.crawlId(), trigger, run.sources().stream().map(SourceRun::sourceId).toList());
        publish(run);
        seed(run);
        return run;
    }

    private void seed(CrawlRunState run) {
        run.pending().incrementAndGet(); // held while seeding, so the run cannot finish half-seeded
        for (SourceRun source : run.sources()) {
            for (URI seed : source.scope().source().seeds()) {
                admit(run, source, seed, 0, null, true);
            }
        }
        taskDone(run.crawlId());
    }

    /**
     * Starts a re-check of these pages (by source id, canonical URLs), unless they are all of
     * sources busy meanwhile; returns the run, or null. A page its source's scope no longer admits
     * is handed to {@code outOfScope} (to be forgotten) rather than checked.
     */
    public CrawlRunState startRecheck(Map<String, List<String>> pages, java.util.function.BiConsumer<String, String> outOfScope) {
        List<SourceDefinition> wanted = pages.keySet().stream().filter(sources::containsKey).map(sources::get)
                .filter(s -> isFree(s.id()) && rechecking.add(s.id())).toList();
        if (wanted.isEmpty()) {
            return null;
        }
        Instant now = clock.instant();
        CrawlRunState run = new CrawlRunState("recheck-" + CrawlIds.next(now).substring("crawl-".length()),
                CrawlTrigger.RECHECK, null, now, wanted, List.of(shares.instance()));
        active.put(run.crawlId(), run);
        run.pending().incrementAndGet(); // held while queueing, as in seed
        for (SourceRun source : run.sources()) {
            for (String url : pages.get(source.sourceId())) {
                URI uri = URI.create(url);
                boolean seed = source.scope().source().seeds().contains(uri);
                if (admit(run, source, uri, 0, null, seed) == SourceRun.Admission.OUT_OF_SCOPE) {
                    outOfScope.accept(source.sourceId(), url);
                }
            }
        }
        LOG.debug("re-check {} started: {} pages", run.crawlId(), run.pendingTasks() - 1);
        taskDone(run.crawlId());
        return run;
    }

    /** True when the source is neither being crawled nor re-checked: a re-check of it may start. */
    public boolean isFree(String sourceId) {
        synchronized (busy) {
            return !busy.containsKey(sourceId) && !rechecking.contains(sourceId);
        }
    }

    /** Offers a page URL to a run; when admitted it is queued, and the host's sitemaps on first visit (not in a re-check). */
    public SourceRun.Admission admit(CrawlRunState run, SourceRun source, URI url, int depth, String referrer, boolean seed) {
        SourceRun.Admission admission = source.admit(url, depth, seed);
        if (admission == SourceRun.Admission.ADMITTED) {
            enqueue(run, CrawlTask.page(run.crawlId(), source.sourceId(), url, depth, referrer));
            String host = SourceDefinition.authorityOf(url);
            if (!run.quiet() && source.firstVisitOf(host)) {
                enqueue(run, CrawlTask.of(CrawlTask.Kind.SITEMAP_DISCOVERY, run.crawlId(), source.sourceId(),
                        URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/")));
            }
            run.touch();
        } else if (admission == SourceRun.Admission.OUT_OF_SCOPE) {
            run.touch();
        }
        return admission;
    }

    /** Queues a task of a run (a sitemap, a temporary redirect's next hop) and counts it as pending. */
    public void enqueue(CrawlRunState run, CrawlTask task) {
        if (!run.quiet()) {
            journal.queued(task);
        }
        run.pending().incrementAndGet();
        frontier.add(task);
    }

    /** A task is finished for good, counted as {@code outcome} (null: as nothing); see {@link #taskDone(String)}. */
    public void taskDone(CrawlTask task, SourceRun.Outcome outcome) {
        CrawlRunState run = active.get(task.crawlId());
        if (run == null || !run.quiet()) {
            journal.done(task, outcome == null ? null : outcome.name());
        }
        taskDone(task.crawlId());
    }

    /** A task of the run is finished for good; the run is FETCHED when none is left. */
    public void taskDone(String crawlId) {
        CrawlRunState run = active.get(crawlId);
        if (run != null && run.pending().decrementAndGet() == 0 && run.state() == CrawlState.RUNNING) {
            fetched(run);
        }
    }

    private void fetched(CrawlRunState run) {
        run.fetched(clock.instant());
        if (run.quiet()) {
            active.remove(run.crawlId());
            run.sources().forEach(s -> rechecking.remove(s.sourceId()));
            LOG.debug("re-check {} done: {}", run.crawlId(), run.snapshot(clock.instant(), Map.of()).counts());
            return;
        }
        synchronized (busy) {
            run.sources().forEach(s -> busy.remove(s.sourceId(), run.crawlId()));
        }
        LOG.info("crawl {} fetched: {}", run.crawlId(), run.snapshot(clock.instant(), Map.of()).counts());
        publish(run);
    }

    /**
     * Publishes runs whose counts changed, and moves FETCHED runs on towards SETTLED; called
     * every second by the progress route.
     */
    public void tick() {
        for (CrawlRunState run : active.values()) {
            if (run.quiet()) {
                continue;
            }
            if (run.state() == CrawlState.FETCHED) {
                advanceSettlement(run);
            }
            if (run.takeDirty() && !publisher.publish(run.snapshot(clock.instant(), nextRuns(run)), run.instances())) {
                run.touch(); // not published: the next tick tries again
                continue;
            }
            if (run.state().isFinal()) {
                active.remove(run.crawlId());
            }
        }
    }

    private void advanceSettlement(CrawlRunState run) {
        try {
            Settlement.Progress progress = run.settlement() == null ? settlement.begin() : settlement.advance(run.settlement());
            run.settlement(progress);
            if (progress.settled()) {
                run.settled(clock.instant());
                LOG.info("crawl {} settled", run.crawlId());
            }
        } catch (RuntimeException e) {
            LOG.warn("crawl {}: cannot check settlement yet: {}", run.crawlId(), e.getMessage());
        }
    }

    /** Publishes a run's state now (state changes are not left to the next tick). */
    public void publish(CrawlRunState run) {
        if (run.quiet()) {
            return;
        }
        run.takeDirty();
        if (!publisher.publish(run.snapshot(clock.instant(), nextRuns(run)), run.instances())) {
            run.touch();
        }
    }

    /** A crawl id that a previous process already handled: a request repeating it is ignored. */
    public void remember(String crawlId) {
        known.add(crawlId);
    }

    /** Resumes watching a run (or this instance's part of one) that a previous process left FETCHED. */
    public void adoptFetched(CrawlRun previous, List<Integer> instances) {
        List<SourceDefinition> known = previous.sourceIds().stream().filter(sources::containsKey).map(sources::get).toList();
        CrawlRunState run = new CrawlRunState(previous.crawlId(), previous.trigger(), previous.requestedBy(),
                previous.startedAt(), known, instances);
        run.fetched(previous.fetchedAt() == null ? clock.instant() : previous.fetchedAt());
        run.carryOver(previous, counts -> counts); // the SETTLED it publishes reports what the run did, not zeros
        previous.notes().forEach(run::note);
        active.put(run.crawlId(), run);
    }

    /**
     * Takes up a run (or this instance's part of one) that a previous process left RUNNING, from
     * the frontier's journal: what was queued and not finished is queued again, nothing finished
     * is fetched again, and the counts are those the finished tasks were counted as. False when the
     * journal has nothing of the run (it cannot be resumed). Links found out of scope, which the
     * journal does not hold, are counted as the run last published them.
     */
    public boolean resume(CrawlRun previous, List<Integer> instances, List<FrontierEntry> journaled) {
        List<SourceDefinition> known = previous.sourceIds().stream().filter(sources::containsKey).map(sources::get).toList();
        if (journaled.isEmpty() || known.isEmpty()) {
            return false;
        }
        CrawlRunState run = new CrawlRunState(previous.crawlId(), previous.trigger(), previous.requestedBy(),
                previous.startedAt(), known, instances);
        previous.notes().forEach(run::note);
        Map<String, FrontierEntry> open = JournalReplay.replay(run, journaled);
        // links found out of scope are counted when seen, never journaled: only the run's last publication has them.
        // Task outcomes come from the journal alone: a task done but not journaled is done (and counted) again.
        run.carryOver(previous, JournalReplay::unjournaled);
        run.note("resumed after a restart: " + open.size() + " tasks still to do");
        synchronized (busy) {
            known.forEach(s -> busy.put(s.id(), run.crawlId()));
        }
        known.forEach(s -> rememberLastStart(s.id(), run.startedAt()));
        active.put(run.crawlId(), run);
        LOG.info("crawl {} resumed: {} tasks still to do", run.crawlId(), open.size());
        run.pending().incrementAndGet(); // held while queueing, as in seed
        for (FrontierEntry entry : open.values()) {
            run.pending().incrementAndGet();
            frontier.add(new CrawlTask(CrawlTask.Kind.valueOf(entry.kind()), run.crawlId(), entry.sourceId(),
                    URI.create(entry.url()), URI.create(entry.url()), entry.depth(), entry.referrer(), 1, 0));
        }
        publish(run);
        taskDone(run.crawlId());
        return true;
    }

    private Map<String, Instant> nextRuns(CrawlRunState run) {
        Map<String, Instant> next = new LinkedHashMap<>();
        for (SourceRun source : run.sources()) {
            Instant at = nextRun.apply(source.sourceId());
            if (at != null) {
                next.put(source.sourceId(), at);
            }
        }
        return next;
    }

    private void refuse(CrawlRequest request, CrawlTrigger trigger, String why, String runningAs, List<Integer> instances) {
        Instant now = clock.instant();
        List<String> ids = request.sourceId() == null
                ? sources.keySet().stream().filter(id -> shares.owns(id) || !shares.shared()).toList()
                : List.of(request.sourceId());
        LOG.info("crawl request {} refused: {}", request.crawlId(), why);
        publisher.publish(new CrawlRun(CrawlRun.SCHEMA_VERSION, request.crawlId(), ids, CrawlState.FAILED, null, now,
                null, null, now, why, trigger, request.requestedBy(), null, null, runningAs, null), instances);
    }
}
