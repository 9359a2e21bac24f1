package org.imhfinder.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.service.ServiceSupport;
import org.imhfinder.ingest.crawl.CrawlControlRoutes;
import org.imhfinder.ingest.crawl.KafkaRunPublisher;
import org.imhfinder.ingest.memory.KafkaPageMemoryStore;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.recheck.HostBudget;
import org.imhfinder.ingest.recheck.JournaledSitemaps;
import org.imhfinder.ingest.recheck.RecheckRoutes;
import org.imhfinder.ingest.run.CrawlCoordinator;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.ingest.schedule.CrawlScheduleRoutes;
import org.imhfinder.ingest.share.HostShares;
import org.imhfinder.ingest.share.PartsCombiner;
import org.imhfinder.ingest.share.RunPublisher;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlRunPart;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.FrontierEntry;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before ingest crawls anything it reads its history from {@code imh.crawls.v1} (and, when
 * several instances share the sources, its parts from {@code imh.crawl-parts.v1}), retrying until
 * Kafka answers, and what it remembers of its sources' pages from {@code imh.page-memory.v1}
 * (waiting at most {@code IMH_CRAWL_MEMORY_CATCH_UP}: a page not read by then is fetched in full
 * once, nothing worse), so that its first crawl, resumed or new, asks conditionally. Runs a
 * previous process left RUNNING are taken up again from the frontier's journal (or published as
 * FAILED, interrupted, when the journal has nothing of them), runs it
 * left FETCHED are watched again until they settle, and each source's last start anchors its
 * period schedule (a restart does not re-crawl a source crawled yesterday on a weekly
 * schedule). Then the schedule routes of its own sources are added, the parts combiner started,
 * and the request route started; last the re-check route, with each host's request budget rebuilt
 * from the checks of the last 24 hours its page memory kept and the sitemap requests its frontier's
 * journal kept.
 */
final class IngestBootstrap extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(IngestBootstrap.class);
    private static final Duration HISTORY_WAIT = Duration.ofSeconds(30);

    private final CamelContext camel;
    private final String kafka;
    private final List<SourceDefinition> sources;
    private final HostShares shares;
    private final CrawlCoordinator coordinator;
    private final RunPublisher publisher;
    private final Clock clock;
    private final PageMemory memory;
    private final HostBudget budget;
    private final Duration memoryCatchUp;
    private volatile boolean ready;
    private boolean memoryRestored;
    private boolean recovered;
    private volatile Thread thread;

    IngestBootstrap(CamelContext camel, String kafka, List<SourceDefinition> sources, HostShares shares,
                    CrawlCoordinator coordinator, RunPublisher publisher, Clock clock, PageMemory memory,
                    HostBudget budget, Duration memoryCatchUp) {
        this.camel = camel;
        this.kafka = kafka;
        this.sources = sources;
        this.shares = shares;
        this.coordinator = coordinator;
        this.publisher = publisher;
        this.clock = clock;
        this.memory = memory;
        this.budget = budget;
        this.memoryCatchUp = memoryCatchUp;
    }

    boolean ready() {
        return ready;
    }

    @Override
    protected void doStart() {
        thread = new Thread(this::run, "imh-ingest-bootstrap");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    protected void doStop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
    }

    private void run() {
        while (thread != null && !ready) {
            try {
                Map<String, CrawlRun> history = TopicSnapshot.read(kafka, Topics.CRAWLS, v -> Json.read(v, CrawlRun.class), HISTORY_WAIT);
                if (!memoryRestored) {
                    restoreMemory(); // before a resumed run fetches its first page
                    Instant dayAgo = clock.instant().minus(Duration.ofHours(24));
                    memory.checksSince(dayAgo, budget::restore);
                    restoreSitemapRequests(dayAgo);
                    memoryRestored = true;
                }
                if (!recovered) {
                    recover(history);
                    recovered = true; // a retry of what follows must not take runs up twice
                }
                awaitCamelStarted();
                if (shares.shared()) {
                    camel.addService(new PartsCombiner(kafka, shares.instance(),
                            KafkaRunPublisher.runs(camel.createProducerTemplate()), history));
                }
                List<SourceDefinition> mine = shares.mine(sources);
                CrawlScheduleRoutes schedules = new CrawlScheduleRoutes(mine, coordinator::lastStarted,
                        CrawlControlRoutes.SCHEDULED_ENDPOINT, clock);
                camel.addRoutes(schedules);
                startDueSources(schedules.dueAtStart());
                camel.getRouteController().startRoute(CrawlControlRoutes.REQUESTS_ROUTE);
                camel.getRouteController().startRoute(RecheckRoutes.ROUTE_ID);
                ready = true;
                LOG.info("ingest ready: {} sources ({} of them this instance's, {} of {}), {} on a schedule", sources.size(),
                        mine.size(), shares.instance(), shares.instances(),
                        mine.stream().filter(s -> s.schedule() != null).count());
            } catch (Exception e) {
                if (thread == null) {
                    return;
                }
                LOG.warn("ingest cannot read its crawl history yet ({}); trying again", e.getMessage());
                try {
                    Thread.sleep(2000); // waiting for Kafka
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void restoreMemory() {
        KafkaPageMemoryStore.Restored restored = KafkaPageMemoryStore.restore(kafka, memory,
                shares.mine(sources).stream().map(SourceDefinition::id).collect(Collectors.toSet()), memoryCatchUp);
        if (restored.incomplete() == null) {
            LOG.info("page memory: {} pages of this instance's sources restored from {} ({} records, {} unusable) in {} ms",
                    restored.pages(), Topics.PAGE_MEMORY, restored.records(), restored.unusable(), restored.took().toMillis());
        } else {
            LOG.warn("page memory: {} not read to its end ({}); {} pages restored, the others are fetched in full once",
                    Topics.PAGE_MEMORY, restored.incomplete(), restored.pages());
        }
    }

    /** The budget counts sitemaps too, and the page memory keeps only pages: the journal has them. */
    private void restoreSitemapRequests(Instant dayAgo) {
        try {
            int sitemaps = JournaledSitemaps.restore(kafka, shares.mine(sources).stream().map(SourceDefinition::id)
                    .collect(Collectors.toSet()), budget, dayAgo, HISTORY_WAIT);
            LOG.info("request budgets: {} sitemap requests of the last 24 hours restored from {}", sitemaps, Topics.FRONTIER);
        } catch (RuntimeException e) {
            LOG.warn("request budgets: the sitemap requests of the last 24 hours could not be read from {} ({}); "
                    + "only the page checks count until they fall out of the day", Topics.FRONTIER, e.getMessage());
        }
    }

    /**
     * A route started while the context is still starting is left for the context to start, and
     * the context may be past that point already: the request route would never consume.
     */
    private void awaitCamelStarted() throws InterruptedException {
        while (!camel.isStarted() && thread != null) {
            Thread.sleep(100);
        }
    }

    /** Sources due now are requested here, not by their timers' first firing (see {@link CrawlScheduleRoutes}). */
    /**
     * Requests the crawls of the sources due at start: one crawl of every source when every source is
     * due and this is the only instance (a first start), so that a crawl asked for meanwhile has one
     * crawl to join; else one crawl per source.
     */
    private void startDueSources(List<String> due) {
        boolean all = !shares.shared() && !due.isEmpty() && due.size() == sources.size();
        try (ProducerTemplate template = camel.createProducerTemplate()) {
            for (String sourceId : all ? java.util.Collections.<String>singletonList(null) : due) {
                try {
                    template.sendBody(CrawlControlRoutes.SCHEDULED_ENDPOINT, CrawlScheduleRoutes.scheduledRequest(sourceId, clock));
                } catch (RuntimeException e) {
                    LOG.warn("the scheduled crawl of {} could not start ({}); its schedule tries again in one period",
                            sourceId == null ? "every source" : sourceId, e.getMessage());
                }
            }
        } catch (Exception e) {
            LOG.warn("cannot close the template that started the due sources: {}", e.getMessage());
        }
    }

    private void recover(Map<String, CrawlRun> history) {
        history.values().forEach(this::remember);
        Map<CrawlRun, List<Integer>> mine = new LinkedHashMap<>();
        if (shares.shared()) {
            for (CrawlRunPart part : TopicSnapshot.read(kafka, Topics.CRAWL_PARTS, v -> Json.read(v, CrawlRunPart.class), HISTORY_WAIT).values()) {
                remember(part.run());
                if (part.instance() == shares.instance()) {
                    mine.put(part.run(), part.instances());
                }
            }
        } else {
            history.values().forEach(run -> mine.put(run, List.of(0)));
        }
        takeUp(mine);
    }

    private void remember(CrawlRun run) {
        coordinator.remember(run.crawlId());
        if (run.state() != CrawlState.FAILED && run.startedAt() != null) {
            run.sourceIds().forEach(id -> coordinator.rememberLastStart(id, run.startedAt()));
        }
    }

    /** Runs (or this instance's parts of runs) left unfinished: resumed, interrupted or watched until settled. */
    private void takeUp(Map<CrawlRun, List<Integer>> runs) {
        Set<String> running = new HashSet<>();
        runs.keySet().stream().filter(r -> r.state() == CrawlState.RUNNING)
                .forEach(r -> running.add(CrawlRunPart.key(r.crawlId(), shares.instance())));
        Map<String, List<FrontierEntry>> journal = running.isEmpty() ? Map.of()
                : TopicSnapshot.readAll(kafka, Topics.FRONTIER, running::contains, v -> Json.read(v, FrontierEntry.class), HISTORY_WAIT);
        runs.forEach((run, instances) -> {
            if (run.state() == CrawlState.RUNNING) {
                List<FrontierEntry> entries = journal.getOrDefault(CrawlRunPart.key(run.crawlId(), shares.instance()), List.of());
                if (!coordinator.resume(run, instances, entries)) {
                    interrupted(run, instances);
                }
            } else if (run.state() == CrawlState.FETCHED) {
                coordinator.adoptFetched(run, instances);
            }
        });
    }

    private void interrupted(CrawlRun run, List<Integer> instances) {
        publisher.publish(new CrawlRun(run.schemaVersion(), run.crawlId(), run.sourceIds(), CrawlState.FAILED,
                run.counts(), run.startedAt(), null, null, clock.instant(),
                "interrupted: ingest stopped before the run had fetched everything", run.trigger(),
                run.requestedBy(), run.sourceCounts(), run.nextRuns(), null, run.notes()), instances);
    }
}
