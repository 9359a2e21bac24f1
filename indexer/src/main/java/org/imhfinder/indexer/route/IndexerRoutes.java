package org.imhfinder.indexer.route;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.runtime.deadletter.DeadLetterRoutes;
import org.imhfinder.runtime.deadletter.ToDeadLetter;
import org.imhfinder.runtime.kafka.CommitOffset;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;

/**
 * Listings in from {@code imh.programs.v1}, written to Elasticsearch, offset committed after
 * Elasticsearch acknowledged. A bad record is dead-lettered; an unreachable Elasticsearch fails
 * the exchange, so the consumer seeks back and the record is tried again.
 */
public final class IndexerRoutes extends RouteBuilder {
    public static final String ROUTE_ID = "index-programs";

    private final IndexListing indexListing;
    private final MeterRegistry meters;
    private final Clock clock;

    public IndexerRoutes(IndexListing indexListing, MeterRegistry meters, Clock clock) {
        this.indexListing = indexListing;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void configure() {
        onException(InvalidRecordException.class)
                .handled(true)
                .useOriginalMessage()
                .process(new ToDeadLetter(StageNames.INDEXER, meters, clock))
                .to(DeadLetterRoutes.ENDPOINT)
                .process(new CommitOffset());

        from("kafka:" + Topics.PROGRAMS + "?groupId=" + ConsumerGroups.INDEXER).routeId(ROUTE_ID)
                .process(indexListing)
                .process(new CommitOffset());
    }
}
