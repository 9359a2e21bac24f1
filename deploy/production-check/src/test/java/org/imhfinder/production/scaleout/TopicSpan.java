package org.imhfinder.production.scaleout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * When a topic's records were written: the first and last record timestamps (the producers' clocks,
 * all on this machine) and the count. Read after a run, it shows where the run's time went.
 */
public record TopicSpan(String topic, long records, Instant first, Instant last) {

    public static TopicSpan read(String bootstrap, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long records = 0;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    first = Math.min(first, record.timestamp());
                    last = Math.max(last, record.timestamp());
                }
            }
            return new TopicSpan(topic, records, records == 0 ? null : Instant.ofEpochMilli(first),
                    records == 0 ? null : Instant.ofEpochMilli(last));
        }
    }
}
