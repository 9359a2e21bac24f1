package org.imhfinder.searchapi.query;

import java.time.Duration;
import java.util.Map;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * How long the request a thread is answering may still wait for Elasticsearch
 * ({@code IMH_API_SEARCH_TIMEOUT} from when its work started): every call to Elasticsearch of
 * that request shares it, so a search and its relaxed retry together stay within it. Outside a
 * bounded request (tests, tools) each call gets the whole timeout.
 */
public final class SearchDeadline {
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private final Duration timeout;

    public SearchDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Work that may throw, run under the deadline. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs the work with this thread's deadline set to the timeout from now. */
    public void run(Work work) throws Exception {
        Long outer = DEADLINE.get();
        DEADLINE.set(System.nanoTime() + timeout.toNanos());
        try {
            work.run();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    /** Milliseconds left (at least 1); a {@link Timeout} when the deadline has passed. */
    public long remainingMillis() {
        Long deadline = DEADLINE.get();
        if (deadline == null) {
            return timeout.toMillis();
        }
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw expired();
        }
        return left;
    }

    /** The answer when Elasticsearch did not answer in time. */
    public Timeout expired() {
        return new Timeout(timeout);
    }

    /** Elasticsearch did not answer within the deadline: a 503 the client may retry. */
    public static final class Timeout extends ApiProblem {
        private static final long serialVersionUID = 1L;

        Timeout(Duration timeout) {
            super(503, "Service unavailable", "the search backend did not answer within " + seconds(timeout)
                    + " s; try again shortly", Map.of("retryAfterSeconds", Math.max(1, timeout.toSeconds())));
        }

        private static String seconds(Duration timeout) {
            return timeout.toMillis() % 1000 == 0 ? Long.toString(timeout.toSeconds()) : String.valueOf(timeout.toMillis() / 1000.0);
        }
    }
}
