package org.imhfinder.normalize;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.runtime.kafka.GroupOffsets;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.Topics;

/** Normalize's consumer group as the integration tests watch it: its state, and what it has left to commit. */
public final class NormalizeGroup {
    private final Admin admin;
    private final GroupOffsets offsets;

    public NormalizeGroup(Admin admin) {
        this.admin = admin;
        this.offsets = new GroupOffsets(admin, Duration.ofSeconds(30));
    }

    public GroupState state() throws Exception {
        return admin.describeConsumerGroups(List.of(ConsumerGroups.NORMALIZE)).all().get(30, TimeUnit.SECONDS)
                .get(ConsumerGroups.NORMALIZE).groupState();
    }

    /** The group's committed offset of a partition of the pages topic (0 when it has none). */
    public long committed(TopicPartition partition) {
        return offsets.committed(ConsumerGroups.NORMALIZE).getOrDefault(partition, 0L);
    }

    /** Until the group has committed every record of the pages topic. */
    public void awaitNothingWaiting(Duration atMost) {
        List<TopicPartition> pages = List.copyOf(offsets.partitions(List.of(Topics.PAGES)));
        await("normalize's committed offsets at the ends of " + Topics.PAGES).atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> offsets.waiting(pages, offsets.committed(ConsumerGroups.NORMALIZE)), waiting -> waiting == 0);
    }
}
