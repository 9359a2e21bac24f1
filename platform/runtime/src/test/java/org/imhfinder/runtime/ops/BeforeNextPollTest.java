package org.imhfinder.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BeforeNextPollTest {
    /** A real consumer; no broker answers it, which a poll of no time does not need. */
    private final KafkaConsumer<String, String> real = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    private final Consumer<String, String> consumer = BeforeNextPoll.wrap(real);

    @AfterEach
    void close() {
        real.close(Duration.ZERO);
    }

    private void assign() {
        consumer.assign(Set.of(new TopicPartition("t", 0)));
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

        consumer.close(Duration.ZERO);
        assertThatThrownBy(() -> consumer.poll(Duration.ZERO)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConsumerNotWrappedTakesNoWork() {
        assertThat(BeforeNextPoll.queue(real, () -> { })).isFalse();
        assertThat(consumer).isEqualTo(consumer).isNotEqualTo(real);
    }
}
