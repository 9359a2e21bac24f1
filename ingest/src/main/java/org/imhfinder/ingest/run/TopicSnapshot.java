package org.imhfinder.ingest.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a compacted topic from its start to its current end, outside any consumer group, and
 * keeps the latest value per key (a tombstone removes the key): what {@code imh.crawls.v1} says
 * about every run, for a restarted ingest and for {@code imh status}; or every record of some
 * keys ({@link #readAll}), for the frontier's journal.
 */
public final class TopicSnapshot {
    private TopicSnapshot() {
    }

    public static <T> Map<String, T> read(String bootstrap, String topic, Function<String, T> parse, Duration timeout) {
        Map<String, T> latest = new LinkedHashMap<>();
        scan(bootstrap, topic, timeout, record -> {
            if (record.value() == null) {
                latest.remove(record.key());
            } else {
                T value = parseQuietly(parse, record.value());
                if (value != null) {
                    latest.put(record.key(), value);
                }
            }
        });
        return latest;
    }

    /**
     * Every record of the wanted keys, in order within each key (a key lives on one partition):
     * a journal's lines rather than a table's latest rows.
     */
    public static <T> Map<String, List<T>> readAll(String bootstrap, String topic, Predicate<String> wanted,
                                                   Function<String, T> parse, Duration timeout) {
        Map<String, List<T>> byKey = new LinkedHashMap<>();
        scan(bootstrap, topic, timeout, record -> {
            if (record.key() != null && record.value() != null && wanted.test(record.key())) {
                T value = parseQuietly(parse, record.value());
                if (value != null) {
                    byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(value);
                }
            }
        });
        return byKey;
    }

    /**
     * Hands every record of the topic, from its start to the end it had when the scan began, to
     * {@code each}, in order within each partition; throws when that takes longer than {@code timeout}
     * (after handing over what was read).
     */
    public static void scan(String bootstrap, String topic, Duration timeout, Consumer<ConsumerRecord<String, String>> each) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            readToEnds(consumer, consumer.endOffsets(partitions, timeout), topic, timeout, each);
        }
    }

    /**
     * As {@link #scan}, from the first record of each partition written at or after {@code since}
     * (by the records' timestamps) rather than from the topic's start.
     */
    public static void scanSince(String bootstrap, String topic, Instant since, Duration timeout,
                                 Consumer<ConsumerRecord<String, String>> each) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> at = new HashMap<>();
            partitions.forEach(p -> at.put(p, since.toEpochMilli()));
            consumer.offsetsForTimes(at, timeout).forEach((partition, found) ->
                    consumer.seek(partition, found == null ? ends.get(partition) : found.offset()));
            readToEnds(consumer, ends, topic, timeout, each);
        }
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(4 * 1024 * 1024));
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static void readToEnds(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends, String topic,
                                   Duration timeout, Consumer<ConsumerRecord<String, String>> each) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reachedEnd(consumer, ends)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + timeout.toSeconds() + " s");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(each);
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static <T> T parseQuietly(Function<String, T> parse, String value) {
        try {
            return parse.apply(value);
        } catch (RuntimeException unreadable) {
            return null; // a record this version cannot read is not history it can use
        }
    }
}
