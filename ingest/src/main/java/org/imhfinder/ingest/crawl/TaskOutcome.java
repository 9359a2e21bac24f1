package org.imhfinder.ingest.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.ingest.frontier.CrawlTask;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.recheck.CheckReason;
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
    /** A page fetched in full: its validators, for the page memory (null: none it can be asked with). */
    PageMemory.Validators validators;
    /** A page fetched in full: the digest of its text (see {@link PageDigest}). */
    String digest;
    /** A page asked for (or deferred): why it was checked now. */
    CheckReason reason;
    /** A sitemap: the {@code <lastmod>} it gives for its pages. */
    final Map<String, Instant> lastmods = new HashMap<>();

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
