package org.imhfinder.indexer.route;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommit;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.indexer.batch.RecordSource;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.runtime.kafka.OwnedRecords;

/**
 * A batch of Kafka records as Camel's batching consumer delivers it (one exchange per record),
 * read as {@link RecordSource}s, and committed in one call: each partition up to its last record. Records of partitions
 * a rebalance gave to another consumer are left to it ({@link OwnedRecords}).
 */
final class KafkaBatch {
    private final List<Exchange> records;

    @SuppressWarnings("unchecked")
    KafkaBatch(Exchange batch) {
        Object body = batch.getMessage().getBody();
        this.records = body instanceof List<?> list ? OwnedRecords.of((List<Exchange>) list) : List.of();
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    List<RecordSource> sources() {
        return records.stream().map(KafkaBatch::source).toList();
    }

    /** The consumer that polled the batch, when Camel exposes it. */
    Consumer<?, ?> consumer() {
        for (Exchange record : records) {
            if (record.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT) instanceof DefaultKafkaManualCommit commit) {
                return commit.getConsumer();
            }
        }
        return null;
    }

    /** Commits every partition of the batch past its last record, synchronously, on the polling thread. */
    void commit() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Map<TopicPartition, KafkaManualCommit> lastCommits = new HashMap<>();
        for (Exchange record : records) {
            Message message = record.getMessage();
            TopicPartition partition = new TopicPartition(message.getHeader(KafkaHeaders.TOPIC, String.class),
                    message.getHeader(KafkaHeaders.PARTITION, Integer.class));
            long next = message.getHeader(KafkaHeaders.OFFSET, Long.class) + 1;
            offsets.merge(partition, new OffsetAndMetadata(next), (a, b) -> a.offset() >= b.offset() ? a : b);
            lastCommits.put(partition, message.getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class));
        }
        Consumer<?, ?> consumer = consumer();
        if (consumer != null) {
            consumer.commitSync(offsets);
        } else {
            lastCommits.values().stream().filter(c -> c != null).forEach(KafkaManualCommit::commit);
        }
    }

    Set<TopicPartition> partitions() {
        Consumer<?, ?> consumer = consumer();
        return consumer == null ? Set.of() : consumer.assignment();
    }

    private static RecordSource source(Exchange record) {
        Message message = record.getMessage();
        Object key = message.getHeader(KafkaHeaders.KEY);
        return new RecordSource(message.getHeader(KafkaHeaders.TOPIC, String.class),
                message.getHeader(KafkaHeaders.PARTITION, Integer.class),
                message.getHeader(KafkaHeaders.OFFSET, Long.class),
                key == null ? null : key.toString(), message.getBody(String.class));
    }
}
