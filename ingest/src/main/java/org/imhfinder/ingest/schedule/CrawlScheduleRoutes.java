package org.imhfinder.ingest.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.ingest.run.CrawlIds;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.sources.SourceDefinition;

/**
 * One route per scheduled source: Camel's {@code timer} for an ISO period (first firing when the
 * period since the source's last run has passed, at once if it never ran), {@code quartz} for a
 * cron expression. Each firing asks for a crawl of that source with a fresh crawl id.
 */
public final class CrawlScheduleRoutes extends RouteBuilder {
    public static final String ROUTE_PREFIX = "crawl-schedule-";

    private final List<SourceDefinition> sources;
    private final java.util.function.Function<String, Instant> lastStart;
    private final String startEndpoint;
    private final Clock clock;

    public CrawlScheduleRoutes(List<SourceDefinition> sources, java.util.function.Function<String, Instant> lastStart,
                               String startEndpoint, Clock clock) {
        this.sources = sources;
        this.lastStart = lastStart;
        this.startEndpoint = startEndpoint;
        this.clock = clock;
    }

    @Override
    public void configure() {
        for (SourceDefinition source : sources) {
            if (source.schedule() == null || source.schedule().isBlank()) {
                continue;
            }
            from(trigger(source)).routeId(ROUTE_PREFIX + source.id())
                    .process(new ScheduledRequest(source.id(), clock))
                    .to(startEndpoint);
        }
    }

    private String trigger(SourceDefinition source) {
        String schedule = source.schedule().trim();
        if (Schedules.isPeriod(schedule)) {
            Instant now = clock.instant();
            Instant next = Schedules.next(schedule, lastStart.apply(source.id()), now);
            long initial = Math.max(0, Duration.between(now, next).toMillis());
            return "timer:" + ROUTE_PREFIX + source.id() + "?delay=" + initial + "&period=" + Schedules.period(schedule).toMillis();
        }
        return "quartz:imh-crawl/" + source.id() + "?cron=" + schedule.replace(' ', '+') + "&trigger.timeZone=UTC";
    }

    /** A crawl request for one source, made by its schedule. */
    static final class ScheduledRequest implements Processor {
        private final String sourceId;
        private final Clock clock;

        ScheduledRequest(String sourceId, Clock clock) {
            this.sourceId = sourceId;
            this.clock = clock;
        }

        @Override
        public void process(Exchange exchange) {
            Instant now = clock.instant();
            exchange.getMessage().setBody(new CrawlRequest(CrawlRequest.SCHEMA_VERSION, CrawlIds.next(now), sourceId,
                    "schedule", now));
        }
    }
}
