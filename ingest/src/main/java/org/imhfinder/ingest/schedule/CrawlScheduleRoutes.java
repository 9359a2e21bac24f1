package org.imhfinder.ingest.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.ingest.run.CrawlIds;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.sources.Schedule;
import org.imhfinder.sources.SourceDefinition;

/**
 * One route per scheduled source: Camel's {@code timer} for an ISO period (first firing when the
 * period since the source's last run has passed), {@code quartz} for a cron expression. Each firing
 * asks for a crawl of that source with a fresh crawl id.
 *
 * <p>A source already due when the routes are added is not left to its timer's first firing: a
 * timer task that fires while its route is still starting is skipped without a word, and the next
 * firing is a whole period later (a week, for most sources). Those sources are listed by
 * {@link #dueAtStart()} for the caller to request at once, and their timers start one period on.
 */
public final class CrawlScheduleRoutes extends RouteBuilder {
    public static final String ROUTE_PREFIX = "crawl-schedule-";
    /** A period source due sooner than this is due at start (its timer could fire before it has started). */
    static final Duration DUE_AT_START = Duration.ofSeconds(2);

    private final List<SourceDefinition> sources;
    private final java.util.function.Function<String, Instant> lastStart;
    private final String startEndpoint;
    private final Clock clock;
    private final List<String> dueAtStart = new ArrayList<>();

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
            if (source.schedule() == null) {
                continue;
            }
            from(trigger(source)).routeId(ROUTE_PREFIX + source.id())
                    .process(new ScheduledRequest(source.id(), clock))
                    .to(startEndpoint);
        }
    }

    private String trigger(SourceDefinition source) {
        Schedule schedule = source.schedule();
        if (schedule.isPeriod()) {
            Instant now = clock.instant();
            Instant next = schedule.next(lastStart.apply(source.id()), now);
            long period = schedule.period().orElseThrow().toMillis();
            long initial = Math.max(0, Duration.between(now, next).toMillis());
            if (initial < DUE_AT_START.toMillis()) {
                dueAtStart.add(source.id());
                initial = period;
            }
            return "timer:" + ROUTE_PREFIX + source.id() + "?delay=" + initial + "&period=" + period;
        }
        return "quartz:imh-crawl/" + source.id() + "?cron=" + schedule.text().replace(' ', '+') + "&trigger.timeZone=UTC";
    }

    /** Period sources due when the routes were configured: the caller requests their crawls at once. */
    public List<String> dueAtStart() {
        return List.copyOf(dueAtStart);
    }

    /** The request a source's schedule makes. */
    public static CrawlRequest scheduledRequest(String sourceId, Clock clock) {
        Instant now = clock.instant();
        return new CrawlRequest(CrawlRequest.SCHEMA_VERSION, CrawlIds.next(now), sourceId, "schedule", now);
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
            exchange.getMessage().setBody(scheduledRequest(sourceId, clock));
        }
    }
}
