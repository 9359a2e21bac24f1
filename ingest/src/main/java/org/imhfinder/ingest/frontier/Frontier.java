package org.imhfinder.ingest.frontier;

import java.time.Duration;
import java.util.Optional;

/**
 * The crawler's to-do list, organised by host so politeness holds: a host has at most one task
 * out at a time, and is handed out again only after its delay. Implementations may keep the
 * queues in memory ({@link HostQueues}) or in a store shared by several instances that each own
 * some hosts (Kafka partitions keyed by host).
 */
public interface Frontier {
    /** Queues a task; breadth-first within each host (shallower first), sitemaps before pages. */
    void add(CrawlTask task);

    /**
     * The next task whose host is free and due, waiting up to {@code wait}; empty when none
     * became due in time. The host is busy until {@link #release}.
     */
    Optional<CrawlTask> take(Duration wait) throws InterruptedException;

    /**
     * A task is done: its host may be handed out again after {@code delay} (zero when the task
     * made no request). {@code retry}, when not null, goes back to the head of the host's queue.
     */
    void release(CrawlTask task, Duration delay, CrawlTask retry);

    /** Tasks queued (not counting those out). */
    int size();

    /** Drops every queued task of a run (a run that is given up). */
    int dropRun(String crawlId);
}
