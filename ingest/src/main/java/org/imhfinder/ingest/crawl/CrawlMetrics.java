package org.imhfinder.ingest.crawl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.imhfinder.ingest.fetch.FetchResponse;
import org.imhfinder.ingest.frontier.HostQueues;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.recheck.CheckReason;

/**
 * The crawler's meters: {@code imh.crawl.pages{outcome,host}} (every page outcome),
 * {@code imh.crawl.bytes{host}}, {@code imh.crawl.fetch{host}} (request latency),
 * {@code imh.crawl.robots.denied{host}}, {@code imh.crawl.host.wait{host}} (time a task waited
 * in the frontier for its host), {@code imh.crawl.pages.truncated{reason,host}} (page bodies cut:
 * at the size cap, or to fit one record), {@code imh.crawl.frontier.size}, {@code imh.crawl.frontier.hosts},
 * {@code imh.crawl.conditional{outcome,host}} (every conditional request sent, by how it was
 * answered: {@code NOT_MODIFIED} for a 304, {@code MODIFIED} for a page sent in full, {@code OTHER}
 * for anything else), {@code imh.crawl.memory.pages} (pages remembered for conditional requests and
 * their schedules), {@code imh.crawl.checks{reason,result}} (every page check by why it was made,
 * and what it found: {@code CHANGED}, {@code UNCHANGED}, {@code FIRST} for a page fetched in full with
 * nothing to compare it with, {@code FAILED}, {@code GONE}, {@code MOVED}) and
 * {@code imh.crawl.deferred{why}} (pages and sitemaps not asked for: {@code not_due}, {@code budget}).
 * Host tags are bounded by the sources' allowed hosts.
 */
final class CrawlMetrics {
    /** A page body cut at {@code IMH_CRAWL_MAX_BODY_BYTES}. */
    static final String TRUNCATED_BODY_CAP = "body_cap";
    /** A page body cut so its event fits one record. */
    static final String TRUNCATED_RECORD_LIMIT = "record_limit";

    private final MeterRegistry meters;

    CrawlMetrics(MeterRegistry meters, HostQueues frontier, PageMemory memory) {
        this.meters = meters;
        Gauge.builder("imh.crawl.frontier.size", frontier, HostQueues::size)
                .description("pages and sitemaps waiting in the frontier").register(meters);
        Gauge.builder("imh.crawl.frontier.hosts", frontier, HostQueues::hostCount)
                .description("hosts with pages waiting in the frontier").register(meters);
        Gauge.builder("imh.crawl.memory.pages", memory, PageMemory::size)
                .description("pages remembered for conditional requests and their check schedules").register(meters);
        registerKnownSeries();
    }

    /**
     * The series whose tags are known before the first event, at zero, so that a dashboard shows 0
     * rather than "no data" after a restart. Host-tagged series start at a host's first request.
     */
    private void registerKnownSeries() {
        for (String why : new String[] {"not_due", "budget"}) {
            deferredCounter(why);
        }
        for (CheckReason reason : CheckReason.values()) {
            for (String result : new String[] {"CHANGED", "UNCHANGED", "FIRST", "FAILED", "GONE", "MOVED"}) {
                checksCounter(reason, result);
            }
        }
    }

    private Counter deferredCounter(String why) {
        return Counter.builder("imh.crawl.deferred").tag("why", why)
                .description("pages and sitemaps not asked for: not due yet, or over the host's daily budget").register(meters);
    }

    private Counter checksCounter(CheckReason reason, String result) {
        return Counter.builder("imh.crawl.checks").tag("reason", reason.tag()).tag("result", result)
                .description("page checks by why they were made and what they found").register(meters);
    }

    /** A conditional request was sent and answered (or failed) so. */
    void conditional(String host, FetchResponse response) {
        String outcome = response.failure() == FetchResponse.Failure.NONE && response.status() == 304 ? "NOT_MODIFIED"
                : response.ok() ? "MODIFIED" : "OTHER";
        Counter.builder("imh.crawl.conditional").tag("outcome", outcome).tag("host", host)
                .description("conditional requests sent, by how they were answered").register(meters).increment();
    }

    void page(String outcome, String host) {
        Counter.builder("imh.crawl.pages").tag("outcome", outcome).tag("host", host)
                .description("pages fetched, by outcome").register(meters).increment();
    }

    void bytes(String host, long bytes) {
        Counter.builder("imh.crawl.bytes").baseUnit("bytes").tag("host", host)
                .description("bytes of pages and sitemaps received, after decompression").register(meters).increment(bytes);
    }

    void latency(String host, Duration took) {
        Timer.builder("imh.crawl.fetch").tag("host", host).description("time of one request, to the whole body").register(meters).record(took);
    }

    void truncated(String reason, String host) {
        Counter.builder("imh.crawl.pages.truncated").tag("reason", reason).tag("host", host)
                .description("page bodies cut: at the size cap, or to fit one record").register(meters).increment();
    }

    void check(CheckReason reason, String result) {
        checksCounter(reason, result).increment();
    }

    void deferred(String why) {
        deferredCounter(why).increment();
    }

    void robotsDenied(String host) {
        Counter.builder("imh.crawl.robots.denied").tag("host", host)
                .description("pages robots.txt did not allow the crawler to fetch").register(meters).increment();
    }

    void hostWait(String host, Duration waited) {
        Timer.builder("imh.crawl.host.wait").tag("host", host)
                .description("time a page waited in the frontier for its host (crawl delay, one request at a time)").register(meters).record(waited);
    }
}
