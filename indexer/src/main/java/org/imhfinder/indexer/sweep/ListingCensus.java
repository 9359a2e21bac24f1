package org.imhfinder.indexer.sweep;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.SearchIndex;

/**
 * Counts listings by freshness status ({@code imh.listings{status}}) and those waiting
 * for a curator ({@code imh.indexer.review_queue}), from one aggregation over the alias.
 */
public final class ListingCensus {
    private final ElasticsearchClient client;
    private final Map<FreshnessStatus, AtomicLong> byStatus = new EnumMap<>(FreshnessStatus.class);
    private final AtomicLong toReview = new AtomicLong();

    public ListingCensus(ElasticsearchClient client, MeterRegistry meters) {
        this.client = client;
        for (FreshnessStatus status : FreshnessStatus.values()) {
            AtomicLong count = new AtomicLong();
            byStatus.put(status, count);
            Gauge.builder("imh.listings", count, AtomicLong::get).tag("status", status.name())
                    .description("listings in the index by freshness status").register(meters);
        }
        Gauge.builder("imh.indexer.review_queue", toReview, AtomicLong::get)
                .description("listings with review reasons a curator has not dealt with").register(meters);
    }

    public void count() throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(SearchIndex.PROGRAMS_ALIAS).size(0)
                .aggregations("status", a -> a.terms(t -> t.field(IndexFields.FRESHNESS_STATUS).size(10)))
                .aggregations("review", a -> a.filter(f -> f.range(r -> r.number(n -> n.field(IndexFields.REVIEW_PRIORITY).gt(0.0))))),
                Void.class);
        Map<FreshnessStatus, Long> counts = new EnumMap<>(FreshnessStatus.class);
        for (StringTermsBucket bucket : response.aggregations().get("status").sterms().buckets().array()) {
            counts.put(FreshnessStatus.valueOf(bucket.key().stringValue()), bucket.docCount());
        }
        byStatus.forEach((status, count) -> count.set(counts.getOrDefault(status, 0L)));
        toReview.set(response.aggregations().get("review").filter().docCount());
    }
}
