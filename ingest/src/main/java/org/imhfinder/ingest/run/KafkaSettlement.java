package org.imhfinder.ingest.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.Topics;

/** {@link Settlement} on the Kafka admin API: end offsets, log starts, committed offsets, assignments. */
public final class KafkaSettlement implements Settlement, AutoCloseable {
    private static final Set<String> OPTIONAL_FOR_INDEXER = Set.of(Topics.PAGE_OUTCOMES);
    private final Admin admin;

    public KafkaSettlement(Admin admin) {
        this.admin = admin;
    }

    @Override
    public Progress begin() {
        return new Progress(Phase.NORMALIZE, ends(List.of(Topics.PAGES), OffsetSpec.latest()));
    }

    @Override
    public Progress advance(Progress progress) {
        return switch (progress.phase()) {
            case NORMALIZE -> caughtUp(ConsumerGroups.NORMALIZE, progress.targets(), Set.of())
                    ? new Progress(Phase.INDEXER, ends(List.of(Topics.PROGRAMS, Topics.PAGE_OUTCOMES), OffsetSpec.latest()))
                    : progress;
            case INDEXER -> caughtUp(ConsumerGroups.INDEXER, progress.targets(), OPTIONAL_FOR_INDEXER)
                    ? new Progress(Phase.SETTLED, Map.of()) : progress;
            case SETTLED -> progress;
        };
    }

    private boolean caughtUp(String group, Map<TopicPartition, Long> targets, Set<String> optional) {
        Map<TopicPartition, Long> committed = committed(group);
        Set<String> consumed = new HashSet<>();
        committed.keySet().forEach(tp -> consumed.add(tp.topic()));
        if (!optional.isEmpty()) {
            consumed.addAll(assignedTopics(group));
        }
        Map<TopicPartition, Long> logStart = offsets(targets.keySet(), OffsetSpec.earliest());
        return Settlement.caughtUp(targets, committed, logStart, consumed, optional);
    }

    /** Committed offsets of a group (empty when it has none yet). */
    public Map<TopicPartition, Long> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> result = new HashMap<>();
        offsets.forEach((tp, om) -> {
            if (om != null) {
                result.put(tp, om.offset());
            }
        });
        return result;
    }

    @Override
    public OptionalLong backlog(String group, String topic) {
        try {
            if (!assignedTopics(group).contains(topic)) {
                return OptionalLong.empty();
            }
            Map<TopicPartition, Long> ends = ends(List.of(topic), OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(ends.keySet(), OffsetSpec.earliest());
            Map<TopicPartition, Long> committed = committed(group);
            long waiting = 0;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                long from = Math.max(starts.getOrDefault(end.getKey(), 0L), committed.getOrDefault(end.getKey(), 0L));
                waiting += Math.max(0, end.getValue() - from);
            }
            return OptionalLong.of(waiting);
        } catch (IllegalStateException e) {
            return OptionalLong.empty(); // Kafka did not answer: unknown
        }
    }

    private Set<String> assignedTopics(String group) {
        Map<String, ConsumerGroupDescription> groups = get(admin.describeConsumerGroups(List.of(group)).all());
        return groups.values().stream().flatMap(g -> g.members().stream())
                .flatMap(m -> m.assignment().topicPartitions().stream()).map(TopicPartition::topic)
                .collect(Collectors.toSet());
    }

    /** Offsets of every partition of the topics. */
    public Map<TopicPartition, Long> ends(List<String> topics, OffsetSpec spec) {
        Map<String, TopicDescription> described = get(admin.describeTopics(topics).allTopicNames());
        Set<TopicPartition> partitions = described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toSet());
        return offsets(partitions, spec);
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = get(admin.listOffsets(request).all());
        Map<TopicPartition, Long> result = new HashMap<>();
        answer.forEach((tp, info) -> result.put(tp, info.offset()));
        return result;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
