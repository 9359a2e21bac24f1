package org.imhfinder.indexer.batch;

import java.time.Duration;

/** How long to wait before the next attempt at a batch: doubling from {@code first} up to {@code max}. */
public record Backoff(Duration first, Duration max) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));
    /** No waiting at all (tests of the retry logic). */
    public static final Backoff NONE = new Backoff(Duration.ZERO, Duration.ZERO);

    public Duration before(int attempt) {
        long millis = first.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** Waits before attempt {@code attempt} (2 for the first retry); false if interrupted. */
    boolean pause(int attempt) {
        Duration wait = before(attempt - 1);
        if (wait.isZero()) {
            return true;
        }
        try {
            Thread.sleep(wait.toMillis()); // waiting out an unavailable Elasticsearch or Kafka: nothing to wait on
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
