package org.imhfinder.indexer.batch;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.imhfinder.schema.Topics;

/**
 * The indexer's meters: records by topic and outcome ({@code imh.indexer.records}), documents
 * written ({@code imh.indexer.indexed}), bulk latency and size, retries by reason, batches given
 * back to Kafka.
 */
final class BatchMeters {
    private final MeterRegistry registry;
    private final Timer bulkTime;
    private final DistributionSummary bulkSize;

    BatchMeters(MeterRegistry registry) {
        this.registry = registry;
        this.bulkTime = Timer.builder("imh.indexer.bulk.duration").description("Elasticsearch bulk requests, refresh included")
                .publishPercentileHistogram().register(registry);
        this.bulkSize = DistributionSummary.builder("imh.indexer.bulk.size").description("documents per bulk request")
                .baseUnit("documents").register(registry);
    }

    void bulk(Timer.Sample sample, int documents) {
        sample.stop(bulkTime);
        bulkSize.record(documents);
    }

    void indexed(int documents) {
        registry.counter("imh.indexer.indexed", "by", "batch").increment(documents);
    }

    void retry(String reason) {
        registry.counter("imh.indexer.retries", "reason", reason).increment();
    }

    void handedBack() {
        registry.counter("imh.indexer.batches", "outcome", "handed_back").increment();
    }

    void orphanRejection() {
        registry.counter("imh.indexer.rejected_documents").increment();
    }

    void record(InputRecord record, boolean changed) {
        String outcome = record instanceof InputRecord.Withdrawn ? "ignored" : changed ? "applied" : "unchanged";
        count(record.source().topic(), outcome);
    }

    void deadLettered(RecordSource source) {
        count(source.topic(), "dead_lettered");
    }

    private void count(String topic, String outcome) {
        registry.counter("imh.indexer.records", "topic", shortName(topic), "outcome", outcome).increment();
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
