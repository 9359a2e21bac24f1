package org.imhfinder.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class GroupOffsetsTest {
    private static final TopicPartition P0 = new TopicPartition("imh.pages.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("imh.pages.v1", 1);

    @Test
    void waitingIsEachPartitionsEndLessWhereTheGroupReadsFrom() {
        assertThat(GroupOffsets.waiting(Map.of(P0, 100L, P1, 40L), Map.of(), Map.of(P0, 90L, P1, 40L))).isEqualTo(10);
    }

    @Test
    void aPartitionTheGroupHasNotCommittedOnWaitsFromTheLogsStart() {
        assertThat(GroupOffsets.waiting(Map.of(P0, 100L, P1, 40L), Map.of(P1, 15L), Map.of(P0, 100L))).isEqualTo(25);
    }

    @Test
    void recordsRetentionDeletedBeforeTheGroupReadThemDoNotWait() {
        assertThat(GroupOffsets.waiting(Map.of(P0, 100L), Map.of(P0, 80L), Map.of(P0, 30L))).isEqualTo(20);
    }

    @Test
    void aCommitAheadOfTheEndReadIsNothingWaitingNotLessThanNothing() {
        assertThat(GroupOffsets.waiting(Map.of(P0, 100L, P1, 50L), Map.of(), Map.of(P0, 105L, P1, 45L))).isEqualTo(5);
    }
}
