package org.imhfinder.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class SettlementTest {
    private static final TopicPartition P0 = new TopicPartition("imh.pages.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("imh.pages.v1", 1);
    private static final TopicPartition OUT0 = new TopicPartition("imh.page-outcomes.v1", 0);

    @Test
    void aGroupHasCaughtUpWhenItCommittedAtOrPastEveryTarget() {
        Map<TopicPartition, Long> targets = Map.of(P0, 10L, P1, 5L);
        assertThat(caughtUp(targets, Map.of(P0, 10L, P1, 7L))).isTrue();
        assertThat(caughtUp(targets, Map.of(P0, 9L, P1, 7L))).isFalse();
    }

    @Test
    void aPartitionWithNothingToReadNeverHoldsARunBack() {
        assertThat(caughtUp(Map.of(P0, 10L, P1, 0L), Map.of(P0, 10L))).isTrue();
        assertThat(Settlement.caughtUp(Map.of(P1, 4L), Map.of(), Map.of(P1, 4L), Set.of(), Set.of())).isTrue();
    }

    @Test
    void aGroupThatNeverCommittedHasNotCaughtUpWithRecords() {
        assertThat(caughtUp(Map.of(P0, 1L), Map.of())).isFalse();
    }

    @Test
    void anOptionalTopicTheGroupDoesNotReadIsLeftOutButOneItReadsIsNot() {
        Map<TopicPartition, Long> targets = Map.of(OUT0, 3L);
        assertThat(Settlement.caughtUp(targets, Map.of(), Map.of(), Set.of(), Set.of("imh.page-outcomes.v1"))).isTrue();
        assertThat(Settlement.caughtUp(targets, Map.of(), Map.of(), Set.of("imh.page-outcomes.v1"),
                Set.of("imh.page-outcomes.v1"))).isFalse();
    }

    private static boolean caughtUp(Map<TopicPartition, Long> targets, Map<TopicPartition, Long> committed) {
        return Settlement.caughtUp(targets, committed, Map.of(), Set.of("imh.pages.v1"), Set.of());
    }
}
