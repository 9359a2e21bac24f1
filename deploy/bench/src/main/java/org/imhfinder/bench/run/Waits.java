package org.imhfinder.bench.run;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;

/** Waiting for a condition of the run, with a deadline (a benchmark that hangs measures nothing). */
public final class Waits {
    private Waits() {
    }

    public static void until(String what, Duration atMost, Duration every, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(atMost).pollInterval(every).pollDelay(Duration.ZERO).ignoreExceptions()
                .until(condition);
    }
}
