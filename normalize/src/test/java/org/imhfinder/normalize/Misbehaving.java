package org.imhfinder.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.extract.ProgramExtractor;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.page.Page;

/**
 * An extraction strategy that misbehaves on purpose, on pages whose path says how: {@code /fails-...}
 * throws (a bug that escapes the record's dead-lettering), {@code /hangs-...} never returns (a stage
 * to be killed while on the record), {@code /waits-...} waits until the test {@linkplain #release() releases}
 * it and then throws (a fault the test brings about while the stage is on the record), {@code /pauses-...} waits until
 * the test {@linkplain #resume() resumes} it and then goes on as usual (the stage held on the record while the test
 * brings a fault about around it). Added after the configured strategies.
 */
final class Misbehaving implements ProgramExtractor {
    private static final CountDownLatch WAITING = new CountDownLatch(1);
    private static final CountDownLatch RELEASED = new CountDownLatch(1);
    private static final AtomicInteger RELEASED_FAILURES = new AtomicInteger();
    private static final CountDownLatch PAUSING = new CountDownLatch(1);
    private static final CountDownLatch RESUMED = new CountDownLatch(1);

    static UnaryOperator<List<ProgramExtractor>> added() {
        return configured -> {
            List<ProgramExtractor> all = new ArrayList<>(configured);
            all.add(new Misbehaving());
            return all;
        };
    }

    @Override
    public String name() {
        return "misbehaving";
    }

    @Override
    public void extract(Page page, Candidate candidate, FieldSet fields) {
        if (page.url().contains("/fails-")) {
            throw new IllegalStateException("an extractor bug on " + page.url());
        }
        if (page.url().contains("/waits-")) {
            WAITING.countDown();
            await(RELEASED);
            RELEASED_FAILURES.incrementAndGet();
            throw new IllegalStateException("an extractor bug on " + page.url() + ", after waiting");
        }
        if (page.url().contains("/pauses-")) {
            PAUSING.countDown();
            await(RESUMED);
        }
        while (page.url().contains("/hangs-")) {
            // a reader that does not stop when asked: parked, it ignores interrupts; only killing the process ends it
            LockSupport.park(this);
        }
    }

    /** Whether a {@code /waits-...} page is being read, waiting for {@link #release()}. */
    static boolean waiting() {
        return WAITING.getCount() == 0 && RELEASED.getCount() == 1;
    }

    /** Lets every {@code /waits-...} page, now and from now on, go on and fail. */
    static void release() {
        RELEASED.countDown();
    }

    /** How many times a {@code /waits-...} page failed once released. */
    static int releasedFailures() {
        return RELEASED_FAILURES.get();
    }

    /** Whether a {@code /pauses-...} page is being read, waiting for {@link #resume()}. */
    static boolean pausing() {
        return PAUSING.getCount() == 0 && RESUMED.getCount() == 1;
    }

    /** Lets every {@code /pauses-...} page, now and from now on, go on as usual. */
    static void resume() {
        RESUMED.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
