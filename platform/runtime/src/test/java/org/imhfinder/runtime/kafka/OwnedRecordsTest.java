package org.imhfinder.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualSyncCommit;
import org.apache.camel.component.kafka.consumer.KafkaManualCommitFactory;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OwnedRecordsTest {
    private static final TopicPartition KEPT = new TopicPartition("imh.pages.v1", 0);
    private static final TopicPartition GIVEN_AWAY = new TopicPartition("imh.pages.v1", 1);

    private final CamelContext camel = new DefaultCamelContext();
    /** A real consumer: only its assignment is asked, which needs no broker. */
    private final KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));

    @AfterEach
    void close() throws Exception {
        consumer.close(Duration.ZERO);
        camel.close();
    }

    @Test
    void recordsOfAPartitionTheConsumerNoLongerHasAreLeftOut() {
        consumer.assign(Set.of(KEPT));
        Exchange first = record(KEPT, 7);
        Exchange stale = record(GIVEN_AWAY, 3);
        Exchange last = record(KEPT, 8);
        Exchange noConsumer = new DefaultExchange(camel);

        assertThat(OwnedRecords.of(List.of(first, stale, last, noConsumer))).containsExactly(first, last, noConsumer);
    }

    @Test
    void aBatchAllOwnedIsHandedBackAsItIs() {
        consumer.assign(Set.of(KEPT, GIVEN_AWAY));
        List<Exchange> batch = List.of(record(KEPT, 1), record(GIVEN_AWAY, 2));

        assertThat(OwnedRecords.of(batch)).isSameAs(batch);
    }

    private Exchange record(TopicPartition partition, long offset) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(KafkaConstants.MANUAL_COMMIT, new DefaultKafkaManualSyncCommit(
                new KafkaManualCommitFactory.CamelExchangePayload(exchange, consumer, "test", null),
                new KafkaManualCommitFactory.KafkaRecordPayload(partition, offset, 1_000), null));
        return exchange;
    }
}
