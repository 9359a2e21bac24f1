package org.imhfinder.ingest.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.ingest.run.CrawlCoordinator;
import org.imhfinder.runtime.deadletter.DeadLetterRoutes;
import org.imhfinder.runtime.deadletter.ToDeadLetter;
import org.imhfinder.runtime.kafka.CommitOffset;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;

/**
 * Crawl control: requests from {@code imh.crawl-requests.v1} (the API and {@code imh crawl} write
 * them; the route starts once ingest knows its crawl history), requests from the schedules, and
 * the progress tick that publishes run states and moves fetched runs towards SETTLED. A request
 * that is not JSON, of another schema version, without a crawl id or far too large goes to the
 * dead-letter topic and the route goes on.
 */
public final class CrawlControlRoutes extends RouteBuilder {
    public static final String REQUESTS_ROUTE = "crawl-requests";
    public static final String SCHEDULED_ROUTE = "crawl-scheduled";
    public static final String PROGRESS_ROUTE = "crawl-progress";
    public static final String SCHEDULED_ENDPOINT = "direct:imh-crawl-scheduled";
    /** A crawl request is a few hundred bytes; a record far larger is not one. */
    static final long MAX_REQUEST_BYTES = 64 * 1024;

    private final CrawlCoordinator coordinator;
    private final String group;
    private final MeterRegistry meters;
    private final Clock clock;

    /** {@code group}: the consumer group this instance reads requests in ({@link ConsumerGroups#ingest}). */
    public CrawlControlRoutes(CrawlCoordinator coordinator, String group, MeterRegistry meters, Clock clock) {
        this.coordinator = coordinator;
        this.group = group;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void configure() {
        onException(InvalidRecordException.class)
                .handled(true)
                .useOriginalMessage()
                .process(new ToDeadLetter(StageNames.INGEST, meters, clock))
                .to(DeadLetterRoutes.ENDPOINT)
                .process(new CommitOffset());

        from("kafka:" + Topics.CRAWL_REQUESTS + "?groupId=" + group).routeId(REQUESTS_ROUTE)
                .autoStartup(false)
                .process(new RecordSizeLimit(MAX_REQUEST_BYTES))
                .process(new StartCrawl(coordinator, CrawlTrigger.REQUEST))
                .process(new CommitOffset());

        from(SCHEDULED_ENDPOINT).routeId(SCHEDULED_ROUTE)
                .process(new StartCrawl(coordinator, CrawlTrigger.SCHEDULE));

        from("timer:imh-crawl-progress?period=1000").routeId(PROGRESS_ROUTE)
                .process(exchange -> coordinator.tick());
    }

    /** Starts the crawl a request asks for (a JSON {@link CrawlRequest} or the record itself). */
    static final class StartCrawl implements Processor {
        private final CrawlCoordinator coordinator;
        private final CrawlTrigger trigger;

        StartCrawl(CrawlCoordinator coordinator, CrawlTrigger trigger) {
            this.coordinator = coordinator;
            this.trigger = trigger;
        }

        @Override
        public void process(Exchange exchange) {
            Object body = exchange.getMessage().getBody();
            CrawlRequest request = body instanceof CrawlRequest r ? r
                    : Json.read(exchange.getMessage().getBody(String.class), CrawlRequest.class);
            if (request.schemaVersion() != CrawlRequest.SCHEMA_VERSION) {
                throw new InvalidRecordException("unsupported CrawlRequest schemaVersion " + request.schemaVersion());
            }
            if (request.crawlId() == null || request.crawlId().isBlank()) {
                throw new InvalidRecordException("a crawl request needs a crawlId", null);
            }
            coordinator.start(request, trigger);
        }
    }
}
