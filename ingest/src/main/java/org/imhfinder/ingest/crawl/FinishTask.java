package org.imhfinder.ingest.crawl;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.ingest.frontier.CrawlTask;
import org.imhfinder.ingest.frontier.Frontier;
import org.imhfinder.ingest.robots.RobotsCache;
import org.imhfinder.ingest.run.CrawlCoordinator;
import org.imhfinder.ingest.run.CrawlRunState;
import org.imhfinder.ingest.run.SourceRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a task in two steps. {@link #releaseHost} right after the fetch: the host is freed after
 * its politeness delay (the configured delay, or robots.txt's Crawl-delay when larger; none
 * when no request was made), counted from the answer, so writing the page event to Kafka does
 * not hold the host; a retry goes back to the host's queue. {@link #process} last, whatever
 * happened: the task is counted and continued or marked done (its run is FETCHED when none is left).
 */
final class FinishTask implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(FinishTask.class);

    private final Frontier frontier;
    private final CrawlCoordinator coordinator;
    private final RobotsCache robots;
    private final Duration delay;

    FinishTask(Frontier frontier, CrawlCoordinator coordinator, RobotsCache robots, Duration delay) {
        this.frontier = frontier;
        this.coordinator = coordinator;
        this.robots = robots;
        this.delay = delay;
    }

    /** The step after the fetch: frees the task's host (see the class comment). */
    final Processor releaseHost = exchange -> release(exchange.getProperty(FetchStep.OUTCOME, TaskOutcome.class));

    @Override
    public void process(Exchange exchange) {
        CrawlTask task = exchange.getProperty(FetchRoutes.TASK, CrawlTask.class);
        TaskOutcome outcome = exchange.getProperty(FetchStep.OUTCOME, TaskOutcome.class);
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (outcome == null) {
            outcome = TaskOutcome.skipped(task, task.kind() == CrawlTask.Kind.PAGE ? SourceRun.Outcome.ERROR : null,
                    task.fetchUrl() + ": " + (failure == null ? "failed" : failure.getMessage()));
        } else if (failure != null && outcome.event != null) {
            outcome.outcome = SourceRun.Outcome.ERROR; // fetched, but its event could not be published
            outcome.note = task.url() + ": page event not published: " + failure.getMessage();
        }
        finish(task, outcome);
    }

    void release(TaskOutcome outcome) {
        if (outcome.released) {
            return;
        }
        outcome.released = true;
        Duration wait = outcome.requested ? politeDelay(outcome.task.host()) : Duration.ZERO;
        if (outcome.retry != null) {
            frontier.release(outcome.task, wait.compareTo(outcome.retryWait) > 0 ? wait : outcome.retryWait, outcome.retry);
        } else {
            frontier.release(outcome.task, wait, null);
        }
    }

    void finish(CrawlTask task, TaskOutcome outcome) {
        release(outcome);
        if (outcome.retry != null || task.kind() == CrawlTask.Kind.ROBOTS) {
            return; // tried again later, or host-level (robots.txt): not done for the run
        }
        if (outcome.continuation != null) {
            frontier.add(outcome.continuation); // the same page, still pending
            return;
        }
        CrawlRunState run = coordinator.run(task.crawlId());
        if (run != null) {
            SourceRun source = run.source(task.sourceId());
            if (outcome.outcome != null && source != null) {
                source.count(outcome.outcome);
                run.touch();
            }
            if (outcome.note != null) {
                run.note(outcome.note);
                LOG.debug("crawl {}: {}", task.crawlId(), outcome.note);
            }
        }
        coordinator.taskDone(task, outcome.outcome);
    }

    private Duration politeDelay(String host) {
        Duration asked = RobotsCache.crawlDelay(robots.fresh(host));
        return asked.compareTo(delay) > 0 ? asked : delay;
    }
}
