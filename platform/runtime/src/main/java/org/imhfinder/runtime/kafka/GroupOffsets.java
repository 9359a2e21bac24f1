package org.imhfinder.runtime.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * Offsets read with Kafka's admin API: each partition's end and log start, a consumer group's committed offsets,
 * and from them how many records a group has yet to read. Every answer is awaited for at most the timeout; a Kafka
 * that fails or does not answer in time is an {@link IllegalStateException} saying why. The admin client stays its
 * owner's to close.
 */
public final class GroupOffsets {
    private final Admin admin;
    private final Duration timeout;

    public GroupOffsets(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** Every partition of the topics. */
    public Set<TopicPartition> partitions(Collection<String> topics) {
        return get(admin.describeTopics(topics).allTopicNames()).values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toSet());
    }

    /** The offset {@code spec} names (the end, the log start) of each partition. */
    public Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> spec, (a, b) -> a));
        Map<TopicPartition, Long> result = new HashMap<>();
        get(admin.listOffsets(request).all()).forEach((tp, info) -> result.put(tp, info.offset()));
        return result;
    }

    /** The end offset of every partition of the topics. */
    public Map<TopicPartition, Long> ends(Collection<String> topics) {
        return offsets(partitions(topics), OffsetSpec.latest());
    }

    /** The group's committed offset per partition (a partition it has committed nothing on is absent). */
    public Map<TopicPartition, Long> committed(String group) {
        Map<TopicPartition, Long> result = new HashMap<>();
        get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()).forEach((tp, offset) -> {
            if (offset != null) {
                result.put(tp, offset.offset());
            }
        });
        return result;
    }

    /** The topics the group's members have partitions of now (empty when it has no member). */
    public Set<String> assignedTopics(String group) {
        Map<String, ConsumerGroupDescription> groups = get(admin.describeConsumerGroups(List.of(group)).all());
        return groups.values().stream().flatMap(g -> g.members().stream())
                .flatMap(m -> m.assignment().topicPartitions().stream()).map(TopicPartition::topic)
                .collect(Collectors.toSet());
    }

    /** Records of these partitions the group has yet to read, given its committed offsets. */
    public long waiting(Collection<TopicPartition> partitions, Map<TopicPartition, Long> committed) {
        return waiting(offsets(partitions, OffsetSpec.latest()), offsets(partitions, OffsetSpec.earliest()), committed);
    }

    /**
     * Records waiting: per partition, its end less where the group reads from, its committed offset or the log's
     * start if retention has deleted past it (those records will never be read, so they do not wait).
     */
    public static long waiting(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> logStarts,
                               Map<TopicPartition, Long> committed) {
        long waiting = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            long from = Math.max(logStarts.getOrDefault(end.getKey(), 0L), committed.getOrDefault(end.getKey(), 0L));
            waiting += Math.max(0, end.getValue() - from);
        }
        return waiting;
    }

    private <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer in " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
