package org.imhfinder.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class BeforeNextPollTest {
    private final MockConsumer<String, String> real = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    private final Consumer<String, String> consumer = BeforeNextPoll.wrap(real);

    private void assign() {
        TopicPartition partition = new TopicPartition("t", 0);
        consumer.assign(Set.of(partition));
        real.updateBeginningOffsets(Map.of(partition, 0L));
    }

    @Test
    void workQueuedRunsOnceAtTheStartOfTheNextPoll() {
        List<String> done = new ArrayList<>();
        assign();
        assertThat(BeforeNextPoll.queue(consumer, () -> done.add("owed, assigned: " + real.assignment().size()))).isTrue();
        assertThat(done).isEmpty();

        consumer.poll(Duration.ZERO);
        consumer.poll(Duration.ZERO);

        assertThat(done).containsExactly("owed, assigned: 1");
    }

    @Test
    void workQueuedByWorkWaitsForThePollAfter() {
        List<Integer> done = new ArrayList<>();
        assign();
        BeforeNextPoll.queue(consumer, () -> {
            done.add(1);
            BeforeNextPoll.queue(consumer, () -> done.add(2));
        });

        consumer.poll(Duration.ZERO);
        assertThat(done).containsExactly(1);
        consumer.poll(Duration.ZERO);
        assertThat(done).containsExactly(1, 2);
    }

    @Test
    void failingWorkDoesNotStopThePollAndTheConsumersOwnFailuresPassUnchanged() {
        assign();
        BeforeNextPoll.queue(consumer, () -> {
            throw new IllegalStateException("owed work failed");
        });
        assertThat(consumer.poll(Duration.ZERO).isEmpty()).isTrue();

        consumer.close();
        assertThatThrownBy(() -> consumer.poll(Duration.ZERO)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConsumerNotWrappedTakesNoWork() {
        assertThat(BeforeNextPoll.queue(real, () -> { })).isFalse();
        assertThat(consumer).isEqualTo(consumer).isNotEqualTo(real);
    }
}
