package org.imhfinder.ingest.crawl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.imhfinder.ingest.frontier.HostQueues;

/**
 * The crawler's meters: {@code imh.crawl.pages{outcome,host}} (every page outcome),
 * {@code imh.crawl.bytes{host}}, {@code imh.crawl.fetch{host}} (request latency),
 * {@code imh.crawl.robots.denied{host}}, {@code imh.crawl.host.wait{host}} (time a task waited
 * in the frontier for its host), {@code imh.crawl.pages.truncated{reason,host}} (page bodies cut:
 * at the size cap, or to fit one record), {@code imh.crawl.frontier.size} and {@code imh.crawl.frontier.hosts}.
 * Host tags are bounded by the sources' allowed hosts.
 */
final class CrawlMetrics {
    /** A page body cut at {@code IMH_CRAWL_MAX_BODY_BYTES}. */
    static final String TRUNCATED_BODY_CAP = "body_cap";
    /** A page body cut so its event fits one record. */
    static final String TRUNCATED_RECORD_LIMIT = "record_limit";

    private final MeterRegistry meters;

    CrawlMetrics(MeterRegistry meters, HostQueues frontier) {
        this.meters = meters;
        meters.gauge("imh.crawl.frontier.size", frontier, HostQueues::size);
        meters.gauge("imh.crawl.frontier.hosts", frontier, HostQueues::hostCount);
    }

    void page(String outcome, String host) {
        Counter.builder("imh.crawl.pages").tag("outcome", outcome).tag("host", host).register(meters).increment();
    }

    void bytes(String host, long bytes) {
        Counter.builder("imh.crawl.bytes").baseUnit("bytes").tag("host", host).register(meters).increment(bytes);
    }

    void latency(String host, Duration took) {
        Timer.builder("imh.crawl.fetch").tag("host", host).register(meters).record(took);
    }

    void truncated(String reason, String host) {
        Counter.builder("imh.crawl.pages.truncated").tag("reason", reason).tag("host", host).register(meters).increment();
    }

    void robotsDenied(String host) {
        Counter.builder("imh.crawl.robots.denied").tag("host", host).register(meters).increment();
    }

    void hostWait(String host, Duration waited) {
        Timer.builder("imh.crawl.host.wait").tag("host", host).register(meters).record(waited);
    }
}
