package org.imhfinder.indexer.route;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.indexer.batch.IndexBatch;

/**
 * Indexes one batch of records from Kafka and commits their offsets only after
 * {@link IndexBatch#index} says everything is searchable and durable (or dead-lettered). When
 * the batch cannot be indexed, nothing is committed and the failure goes back to the consumer,
 * which reconnects and receives the records again. Reports the group's lag per topic
 * ({@code imh.indexer.lag{topic}}) after each batch.
 */
final class IndexRecords implements Processor {
    private final IndexBatch batch;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();

    IndexRecords(IndexBatch batch, MeterRegistry meters) {
        this.batch = batch;
        this.meters = meters;
    }

    @Override
    public void process(Exchange exchange) {
        KafkaBatch records = new KafkaBatch(exchange);
        if (records.isEmpty()) {
            return; // every record was of partitions another consumer has now
        }
        batch.index(records.sources());
        records.commit();
        reportLag(records);
    }

    private void reportLag(KafkaBatch records) {
        Consumer<?, ?> consumer = records.consumer();
        if (consumer == null) {
            return;
        }
        Map<String, Long> byTopic = new java.util.HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            long behind = consumer.currentLag(partition).orElse(0);
            byTopic.merge(partition.topic(), behind, Long::sum);
        }
        byTopic.forEach((topic, behind) -> lag.computeIfAbsent(topic, this::gauge).set(behind));
    }

    private AtomicLong gauge(String topic) {
        AtomicLong value = new AtomicLong();
        Gauge.builder("imh.indexer.lag", value, AtomicLong::get).tag("topic", topic)
                .description("records of the topic not yet indexed, as of the last batch").register(meters);
        return value;
    }
}
