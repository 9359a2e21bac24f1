package org.imhfinder.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.service.ServiceSupport;
import org.imhfinder.ingest.crawl.CrawlControlRoutes;
import org.imhfinder.ingest.run.CrawlCoordinator;
import org.imhfinder.ingest.run.RunPublisher;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.ingest.schedule.CrawlScheduleRoutes;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before ingest crawls anything it reads its history from {@code imh.crawls.v1} (retrying until
 * Kafka answers): runs a previous process left RUNNING are published as FAILED (interrupted),
 * runs it left FETCHED are watched again until they settle, and each source's last start anchors
 * its period schedule (a restart does not re-crawl a source crawled yesterday on a weekly
 * schedule). Then the schedule routes are added and the request route started.
 */
final class IngestBootstrap extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(IngestBootstrap.class);

    private final CamelContext camel;
    private final String kafka;
    private final List<SourceDefinition> sources;
    private final CrawlCoordinator coordinator;
    private final RunPublisher publisher;
    private final Clock clock;
    private volatile boolean ready;
    private volatile Thread thread;

    IngestBootstrap(CamelContext camel, String kafka, List<SourceDefinition> sources, CrawlCoordinator coordinator,
                    RunPublisher publisher, Clock clock) {
        this.camel = camel;
        this.kafka = kafka;
        this.sources = sources;
        this.coordinator = coordinator;
        this.publisher = publisher;
        this.clock = clock;
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
                recover(TopicSnapshot.read(kafka, Topics.CRAWLS, v -> Json.read(v, CrawlRun.class), Duration.ofSeconds(30)));
                awaitCamelStarted();
                CrawlScheduleRoutes schedules = new CrawlScheduleRoutes(sources, coordinator::lastStarted,
                        CrawlControlRoutes.SCHEDULED_ENDPOINT, clock);
                camel.addRoutes(schedules);
                startDueSources(schedules.dueAtStart());
                camel.getRouteController().startRoute(CrawlControlRoutes.REQUESTS_ROUTE);
                ready = true;
                LOG.info("ingest ready: {} sources, {} on a schedule", sources.size(),
                        sources.stream().filter(s -> s.schedule() != null).count());
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
    private void startDueSources(List<String> due) {
        try (ProducerTemplate template = camel.createProducerTemplate()) {
            for (String sourceId : due) {
                try {
                    template.sendBody(CrawlControlRoutes.SCHEDULED_ENDPOINT, CrawlScheduleRoutes.scheduledRequest(sourceId, clock));
                } catch (RuntimeException e) {
                    LOG.warn("the scheduled crawl of {} could not start ({}); its schedule tries again in one period",
                            sourceId, e.getMessage());
                }
            }
        } catch (Exception e) {
            LOG.warn("cannot close the template that started the due sources: {}", e.getMessage());
        }
    }

    private void recover(Map<String, CrawlRun> history) {
        for (CrawlRun run : history.values()) {
            coordinator.remember(run.crawlId());
            if (run.state() != CrawlState.FAILED && run.startedAt() != null) {
                run.sourceIds().forEach(id -> coordinator.rememberLastStart(id, run.startedAt()));
            }
            if (run.state() == CrawlState.RUNNING) {
                publisher.publish(new CrawlRun(run.schemaVersion(), run.crawlId(), run.sourceIds(), CrawlState.FAILED,
                        run.counts(), run.startedAt(), null, null, clock.instant(),
                        "interrupted: ingest stopped before the run had fetched everything", run.trigger(),
                        run.requestedBy(), run.sourceCounts(), run.nextRuns(), null, run.notes()));
            } else if (run.state() == CrawlState.FETCHED) {
                coordinator.adoptFetched(run);
            }
        }
    }
}
