package org.imhfinder.indexer.batch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.imhfinder.schema.Topics;

/**
 * The indexer's meters: records by topic and outcome ({@code imh.indexer.records}), documents
 * written ({@code imh.indexer.indexed}), bulk latency and size, retries by reason, batches given
 * back to Kafka.
 */
public final class BatchMeters {
    private final MeterRegistry registry;
    private final Timer bulkTime;
    private final DistributionSummary bulkSize;

    BatchMeters(MeterRegistry registry) {
        this.registry = registry;
        this.bulkTime = Timer.builder("imh.indexer.bulk.duration").description("Elasticsearch bulk requests, refresh included")
                .publishPercentileHistogram().register(registry);
        this.bulkSize = DistributionSummary.builder("imh.indexer.bulk.size").description("documents per bulk request")
                .baseUnit("documents").register(registry);
        registerKnownSeries();
    }

    /** Every counter series at zero from start, so that a dashboard shows 0 rather than "no data" after a restart. */
    private void registerKnownSeries() {
        for (String by : new String[] {"batch", "sweep"}) {
            indexedCounter(registry, by);
        }
        for (String reason : new String[] {"unavailable", "conflict", "rejected", "alias_moved"}) {
            retries(reason);
        }
        batches("handed_back");
        rejectedDocuments();
        for (String topic : new String[] {Topics.PROGRAMS, Topics.PAGE_OUTCOMES, Topics.CURATION, Topics.LISTING_STATE}) {
            for (String outcome : new String[] {"applied", "unchanged", "ignored", "dead_lettered"}) {
                records(topic, outcome);
            }
        }
    }

    /** {@code imh.indexer.indexed{by}}: documents written, by a batch of records or by the freshness sweep. */
    public static Counter indexedCounter(MeterRegistry registry, String by) {
        return Counter.builder("imh.indexer.indexed").tag("by", by)
                .description("documents written to the index, by a batch of records or by the freshness sweep").register(registry);
    }

    private Counter retries(String reason) {
        return Counter.builder("imh.indexer.retries").tag("reason", reason)
                .description("batch attempts retried, by reason").register(registry);
    }

    private Counter batches(String outcome) {
        return Counter.builder("imh.indexer.batches").tag("outcome", outcome)
                .description("batches handed back to Kafka after retrying for IMH_INDEXER_RETRY_FOR").register(registry);
    }

    private Counter rejectedDocuments() {
        return Counter.builder("imh.indexer.rejected_documents")
                .description("documents Elasticsearch refused whose listing is unknown").register(registry);
    }

    private Counter records(String topic, String outcome) {
        return Counter.builder("imh.indexer.records").tag("topic", shortName(topic)).tag("outcome", outcome)
                .description("records read, by topic and what they changed").register(registry);
    }

    void bulk(Timer.Sample sample, int documents) {
        sample.stop(bulkTime);
        bulkSize.record(documents);
    }

    void indexed(int documents) {
        indexedCounter(registry, "batch").increment(documents);
    }

    void retry(String reason) {
        retries(reason).increment();
    }

    void handedBack() {
        batches("handed_back").increment();
    }

    void orphanRejection() {
        rejectedDocuments().increment();
    }

    void record(InputRecord record, boolean changed) {
        String outcome = record instanceof InputRecord.Withdrawn ? "ignored" : changed ? "applied" : "unchanged";
        count(record.source().topic(), outcome);
    }

    void deadLettered(RecordSource source) {
        count(source.topic(), "dead_lettered");
    }

    private void count(String topic, String outcome) {
        records(topic, outcome).increment();
    }

    private static String shortName(String topic) {
        return switch (topic) {
            case Topics.PROGRAMS -> "programs";
            case Topics.PAGE_OUTCOMES -> "page-outcomes";
            case Topics.CURATION -> "curation";
            case Topics.LISTING_STATE -> "listing-state";
            default -> "other";
        };
    }
}
