package org.imhfinder.bench.endtoend;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.stack.KafkaOffsets;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.Topics;

/**
 * Says every few seconds how many records each stage has yet to commit: pages for normalize, listings and outcomes
 * for the indexer. Where the backlog grows during the crawl is the stage that cannot keep up, which the pair's
 * totals alone do not show.
 */
final class LagReport implements AutoCloseable {
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final KafkaOffsets offsets;
    private final Progress progress;
    private final Thread thread;
    private volatile boolean running = true;

    LagReport(KafkaOffsets offsets, Progress progress) {
        this.offsets = offsets;
        this.progress = progress;
        this.thread = new Thread(this::report, "lag-report");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void report() {
        LockSupport.parkNanos(EVERY_NANOS);
        while (running) {
            try {
                progress.say(EndToEndPair.PAIR, "behind: normalize %,d pages; indexer %,d listings, %,d outcomes",
                        offsets.lag(ConsumerGroups.NORMALIZE, List.of(Topics.PAGES)),
                        offsets.lag(ConsumerGroups.INDEXER, List.of(Topics.PROGRAMS)),
                        offsets.lag(ConsumerGroups.INDEXER, List.of(Topics.PAGE_OUTCOMES)));
            } catch (RuntimeException e) {
                // a slow answer: the next report covers it
            }
            LockSupport.parkNanos(EVERY_NANOS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }
}
