package org.imhfinder.indexer.route;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.indexer.batch.IndexBatch;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.Topics;

/**
 * Listings ({@code imh.programs.v1}), page outcomes ({@code imh.page-outcomes.v1}) and curator
 * decisions ({@code imh.curation.v1}) in, in batches, through one consumer of group
 * {@code imh-indexer}; each batch (at most {@code maxBatch} records) indexed into Elasticsearch
 * and made searchable, then its offsets committed. A batch that cannot be indexed is not committed: the consumer reconnects
 * and Kafka delivers it again.
 */
public final class IndexerRoutes extends RouteBuilder {
    public static final String ROUTE_ID = "index-programs";
    static final String TOPICS = String.join(",", Topics.PROGRAMS, Topics.PAGE_OUTCOMES, Topics.CURATION);

    private final IndexBatch batch;
    private final MeterRegistry meters;
    private final int maxBatch;
    private final Duration batchWait;

    public IndexerRoutes(IndexBatch batch, MeterRegistry meters, int maxBatch, Duration batchWait) {
        this.batch = batch;
        this.meters = meters;
        this.maxBatch = maxBatch;
        this.batchWait = batchWait;
    }

    @Override
    public void configure() {
        from("kafka:" + TOPICS + "?groupId=" + ConsumerGroups.INDEXER + "&batching=true"
                + "&maxPollRecords=" + maxBatch + "&batchingIntervalMs=" + Math.max(1, batchWait.toMillis()))
                .routeId(ROUTE_ID)
                .errorHandler(noErrorHandler()) // the consumer logs a failed batch once and redelivers it
                .process(new IndexRecords(batch, meters));
    }
}
