package org.imhfinder.ingest.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.ingest.fetch.PageFetcher;
import org.imhfinder.sources.SourceDefinition;

/** One scheduled route per source: at start, and then every schedule period, crawl the source. */
public final class CrawlRoutes extends RouteBuilder {
    public static final String ROUTE_PREFIX = "crawl-";

    private final List<SourceDefinition> sources;
    private final PageFetcher fetcher;
    private final Duration delay;
    private final MeterRegistry meters;
    private final Clock clock;

    public CrawlRoutes(List<SourceDefinition> sources, PageFetcher fetcher, Duration delay, MeterRegistry meters, Clock clock) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.delay = delay;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void configure() {
        PagePublisher publisher = new PagePublisher(getContext().createProducerTemplate());
        for (SourceDefinition source : sources) {
            from("timer:" + ROUTE_PREFIX + source.id() + "?delay=0&period=" + periodMillis(source.schedule()))
                    .routeId(ROUTE_PREFIX + source.id())
                    .process(new CrawlOnce(new SourceCrawl(source, fetcher, publisher, delay, clock), meters, source.id()));
        }
    }

    /** The schedule as a timer period; a cron schedule runs once a day until cron scheduling arrives. */
    static long periodMillis(String schedule) {
        if (schedule == null) {
            return Duration.ofDays(7).toMillis();
        }
        try {
            return Duration.parse(schedule).toMillis();
        } catch (DateTimeParseException notDuration) {
            try {
                return Duration.ofDays(Period.parse(schedule).getDays()).toMillis();
            } catch (DateTimeParseException notPeriod) {
                return Duration.ofDays(1).toMillis();
            }
        }
    }

    /** Runs one crawl of a source with a fresh crawl id and counts the pages. */
    private record CrawlOnce(SourceCrawl crawl, MeterRegistry meters, String sourceId) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            String crawlId = "crawl-" + UUID.randomUUID();
            int pages = crawl.run(crawlId);
            meters.counter("imh.crawl.pages", "source", sourceId).increment(pages);
        }
    }
}
