package org.imhfinder.ingest.run;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.runtime.kafka.GroupOffsets;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.Topics;

/** {@link Settlement} on the Kafka admin API: end offsets, log starts, committed offsets, assignments. */
public final class KafkaSettlement implements Settlement, AutoCloseable {
    private static final Set<String> OPTIONAL_FOR_INDEXER = Set.of(Topics.PAGE_OUTCOMES);
    /** How long a question to Kafka is awaited before its answer counts as unknown. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final Admin admin;
    private final GroupOffsets offsets;

    public KafkaSettlement(Admin admin) {
        this.admin = admin;
        this.offsets = new GroupOffsets(admin, TIMEOUT);
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
            consumed.addAll(offsets.assignedTopics(group));
        }
        Map<TopicPartition, Long> logStart = offsets.offsets(targets.keySet(), OffsetSpec.earliest());
        return Settlement.caughtUp(targets, committed, logStart, consumed, optional);
    }

    /** Committed offsets of a group (empty when it has none yet). */
    public Map<TopicPartition, Long> committed(String group) {
        return offsets.committed(group);
    }

    @Override
    public OptionalLong backlog(String group, String topic) {
        try {
            if (!offsets.assignedTopics(group).contains(topic)) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(offsets.waiting(offsets.partitions(List.of(topic)), offsets.committed(group)));
        } catch (IllegalStateException e) {
            return OptionalLong.empty(); // Kafka did not answer: unknown
        }
    }

    /** Offsets of every partition of the topics. */
    public Map<TopicPartition, Long> ends(List<String> topics, OffsetSpec spec) {
        return offsets.offsets(offsets.partitions(topics), spec);
    }

    @Override
    public void close() {
        admin.close();
    }
}
