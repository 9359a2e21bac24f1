package org.imhfinder.ingest.crawl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds new fetches back while the pipeline is far behind the crawl: once {@code max} fetched pages or more are not
 * searchable yet, the dispatcher hands no task to the fetch workers until fewer are. A page is behind while it waits
 * for normalize ({@code imh.pages.v1} records its group has not committed) and then while its outcome waits for the
 * indexer ({@code imh.page-outcomes.v1} records the indexer's group has not committed: it commits once they are
 * searchable). A crawl faster than the pipeline would otherwise only lengthen the queue in front of its slowest
 * stage: every page in it waits longer between its fetch and being searchable, and is older when it gets there,
 * while the pipeline goes no faster. Fetches in flight finish; requested and scheduled crawls alike wait.
 *
 * <p>Never holds while normalize's backlog is unknown: Kafka not answering, or no normalize consumer running (a crawl
 * with normalize stopped fills the topic, which keeps the pages until normalize is back). With no indexer consumer
 * running, normalize's backlog alone counts. {@code max} 0 never holds and never asks. The backlogs are read every
 * {@code period} in the background.
 */
final class BacklogGate extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(BacklogGate.class);

    private final Supplier<OptionalLong> normalize;
    private final Supplier<OptionalLong> indexer;
    private final long max;
    private final Duration period;
    private final Counter heldSeconds;
    private final Object room = new Object();
    private volatile long waiting = -1;
    private volatile long indexing = -1;
    private volatile boolean holding;
    private ScheduledExecutorService timer;

    /**
     * {@code normalize}: pages waiting for normalize now, empty when unknown; {@code indexer}: page outcomes waiting
     * for the indexer now, empty when unknown or when no indexer reads them.
     */
    BacklogGate(Supplier<OptionalLong> normalize, Supplier<OptionalLong> indexer, long max, Duration period, MeterRegistry meters) {
        this.normalize = normalize;
        this.indexer = indexer;
        this.max = max;
        this.period = period;
        Gauge.builder("imh.crawl.normalize.backlog", this, g -> g.waiting)
                .description("fetched pages waiting for normalize, as last read (-1: unknown)").register(meters);
        Gauge.builder("imh.crawl.indexer.backlog", this, g -> g.indexing)
                .description("page outcomes waiting for the indexer, as last read (-1: unknown, or no indexer)").register(meters);
        this.heldSeconds = Counter.builder("imh.crawl.held").baseUnit("seconds")
                .description("time the dispatcher held fetches back because the pipeline was behind").register(meters);
    }

    @Override
    protected void doStart() {
        if (max <= 0) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "imh-crawl-backlog");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::refresh, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        if (timer != null) {
            timer.shutdownNow();
        }
        open();
    }

    /** Reads the backlogs and opens or closes the gate. */
    void refresh() {
        OptionalLong normalizing = read(normalize);
        OptionalLong outcomes = normalizing.isPresent() ? read(indexer) : OptionalLong.empty();
        waiting = normalizing.orElse(-1);
        indexing = outcomes.orElse(-1);
        OptionalLong behind = normalizing.isPresent() ? OptionalLong.of(normalizing.getAsLong() + outcomes.orElse(0))
                : OptionalLong.empty();
        boolean hold = max > 0 && behind.isPresent() && behind.getAsLong() >= max;
        if (hold != holding) {
            LOG.info(hold ? "holding fetches back: {} pages not searchable yet ({} wait for normalize; at most {})"
                    : "fetching again: {} pages not searchable yet ({} wait for normalize; at most {})",
                    behind.isPresent() ? behind.getAsLong() : "unknown",
                    normalizing.isPresent() ? normalizing.getAsLong() : "unknown", max);
        }
        if (hold) {
            holding = true;
        } else {
            open();
        }
    }

    private static OptionalLong read(Supplier<OptionalLong> backlog) {
        try {
            return backlog.get();
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private void open() {
        synchronized (room) {
            holding = false;
            room.notifyAll();
        }
    }

    /** True when the gate is open, at once or within {@code wait}; false when it stays closed that long. */
    boolean awaitRoom(Duration wait) throws InterruptedException {
        if (!holding) {
            return true;
        }
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        synchronized (room) {
            while (holding) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(room, left);
            }
        }
        heldSeconds.increment((System.nanoTime() - start) / 1e9);
        return !holding;
    }

    boolean holding() {
        return holding;
    }
}
