package org.imhfinder.searchapi.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.searchapi.query.SearchDeadline;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * Bounds the requests that need Elasticsearch. camel-platform-http-vertx runs every route,
 * {@code /health} and the pages included, as blocking work on Vert.x's one worker pool (20
 * threads): with Elasticsearch hung, searches waiting on it would take every thread and nothing
 * would answer. So at most {@code IMH_API_SEARCH_CONCURRENCY} (at most 16) such requests run at
 * once; the next is answered 503 with {@code Retry-After} at once, without waiting; and each gets
 * {@code IMH_API_SEARCH_TIMEOUT} for all its calls to Elasticsearch ({@link SearchDeadline}).
 */
public final class SearchLimit {
    private final Semaphore permits;
    private final SearchDeadline deadline;
    private final Counter busy;
    private final Counter timedOut;

    public SearchLimit(int concurrency, SearchDeadline deadline, MeterRegistry meters) {
        this.permits = new Semaphore(concurrency);
        this.deadline = deadline;
        this.busy = refused(meters, "busy");
        this.timedOut = refused(meters, "timeout");
    }

    /** The step, run within a permit and under the deadline. */
    public Processor around(Processor step) {
        return exchange -> run(exchange, step);
    }

    private void run(Exchange exchange, Processor step) throws Exception {
        if (!permits.tryAcquire()) {
            busy.increment();
            throw new ApiProblem(503, "Service unavailable", "too many searches are waiting for the search backend;"
                    + " retry in a second", Map.of("retryAfterSeconds", 1));
        }
        try {
            deadline.run(() -> step.process(exchange));
        } catch (SearchDeadline.Timeout e) {
            timedOut.increment();
            throw e;
        } finally {
            permits.release();
        }
    }

    private static Counter refused(MeterRegistry meters, String reason) {
        return Counter.builder("imh.api.search.refused").tag("reason", reason)
                .description("Requests needing Elasticsearch answered 503: too many at once (busy) or past the deadline (timeout)")
                .register(meters);
    }
}
