package org.imhfinder.bench.stack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** End offsets of topics and committed offsets of consumer groups: how far each stage has got. */
public final class KafkaOffsets implements AutoCloseable {
    private final Admin admin;

    KafkaOffsets(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    public Map<TopicPartition, Long> ends(List<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            for (var description : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                description.partitions().forEach(p -> wanted.put(new TopicPartition(description.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(wanted).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the end offsets of " + topics, e);
        }
    }

    /** The group's committed offset per partition (absent: nothing committed). */
    public Map<TopicPartition, Long> committed(String group) {
        try {
            Map<TopicPartition, Long> committed = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .forEach((tp, meta) -> {
                        if (meta != null) {
                            committed.put(tp, meta.offset());
                        }
                    });
            return committed;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of group " + group, e);
        }
    }

    /** Records of the topics the group has not committed yet. */
    public long lag(String group, List<String> topics) {
        Map<TopicPartition, Long> committed = committed(group);
        return ends(topics).entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - committed.getOrDefault(e.getKey(), 0L))).sum();
    }

    /** Moves a group (with no member running) to the end of the topics: what is there now it will not read. */
    public void skipToEnd(String group, List<String> topics) {
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        ends(topics).forEach((tp, end) -> ends.put(tp, new OffsetAndMetadata(end)));
        try {
            admin.alterConsumerGroupOffsets(group, ends).all().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot move group " + group + " to the end of " + topics, e);
        }
    }

    /** Whether the group has a member with partitions assigned (it is consuming). */
    public boolean consuming(String group) {
        try {
            var description = admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
            return description.members().stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty());
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
