package org.imhfinder.ingest.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.ingest.frontier.CrawlTask;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.run.SourceRun;
import org.imhfinder.schema.PageEvent;

/**
 * What one task came to: the page event to publish (if any), what it discovered, and what
 * happens next to the task (done, retried later, continued at a temporary redirect's target).
 */
final class TaskOutcome {
    final CrawlTask task;
    PageEvent event;
    SourceRun.Outcome outcome;
    String note;
    boolean requested;
    boolean released;
    URI movedTo;
    CrawlTask continuation;
    CrawlTask retry;
    Duration retryWait = Duration.ZERO;
    final List<String> links = new ArrayList<>();
    int linkDepth;
    final List<String> sitemaps = new ArrayList<>();
    /** A page fetched in full: its validators, for the page memory (null: nothing to remember). */
    PageMemory.Validators validators;

    TaskOutcome(CrawlTask task) {
        this.task = task;
    }

    static TaskOutcome skipped(CrawlTask task, SourceRun.Outcome outcome, String note) {
        TaskOutcome result = new TaskOutcome(task);
        result.outcome = outcome;
        result.note = note;
        return result;
    }
}
