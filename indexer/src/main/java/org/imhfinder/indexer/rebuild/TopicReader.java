package org.imhfinder.indexer.rebuild;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imhfinder.indexer.batch.RecordSource;

/**
 * Reads topics between two points (offsets per partition), outside any consumer group: a rebuild
 * reads what is there without moving anyone's committed offsets.
 */
final class TopicReader implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;

    TopicReader(String bootstrapServers) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.CLIENT_ID_CONFIG, "imh-reindex"), new StringDeserializer(), new StringDeserializer());
    }

    /** The current end of every partition of the topics. */
    Map<TopicPartition, Long> ends(List<String> topics) {
        return consumer.endOffsets(partitions(topics));
    }

    /** Every record from {@code from} (the start when absent) up to {@code to}, in partition order. */
    void read(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to, Consumer<RecordSource> each) {
        List<TopicPartition> partitions = to.keySet().stream().toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> remaining = new HashMap<>();
        for (TopicPartition partition : partitions) {
            long start = from.getOrDefault(partition, 0L);
            if (start < to.get(partition)) {
                consumer.seek(partition, start);
                remaining.put(partition, to.get(partition));
            }
        }
        consumer.pause(partitions.stream().filter(p -> !remaining.containsKey(p)).toList());
        while (!remaining.isEmpty()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                Long end = remaining.get(partition);
                if (end != null && record.offset() < end) {
                    each.accept(new RecordSource(record.topic(), record.partition(), record.offset(), record.key(), record.value()));
                }
            }
            remaining.keySet().removeIf(p -> consumer.position(p) >= remaining.get(p));
        }
        consumer.unsubscribe();
    }

    private List<TopicPartition> partitions(List<String> topics) {
        return topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
