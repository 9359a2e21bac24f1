package org.imhfinder.bench.stack;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.runtime.kafka.GroupOffsets;

/** End offsets of topics and committed offsets of consumer groups: how far each stage has got. */
public final class KafkaOffsets implements AutoCloseable {
    private final Admin admin;
    private final GroupOffsets offsets;

    KafkaOffsets(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        this.offsets = new GroupOffsets(admin, Duration.ofSeconds(10));
    }

    public Map<TopicPartition, Long> ends(List<String> topics) {
        return offsets.ends(topics);
    }

    /** The group's committed offset per partition (absent: nothing committed). */
    public Map<TopicPartition, Long> committed(String group) {
        return offsets.committed(group);
    }

    /**
     * Records of the topics the group has not committed yet. Polled often while a pair is measured, so the log starts
     * are not asked for: nothing is deleted from the bench's topics while it runs.
     */
    public long lag(String group, List<String> topics) {
        return GroupOffsets.waiting(ends(topics), Map.of(), committed(group));
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
            return !offsets.assignedTopics(group).isEmpty();
        } catch (IllegalStateException e) {
            return false; // no answer yet: not consuming as far as anyone can tell
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
