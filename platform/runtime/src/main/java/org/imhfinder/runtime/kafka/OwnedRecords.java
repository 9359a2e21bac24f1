package org.imhfinder.runtime.kafka;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of a batch that their consumer still has. Camel's batching consumer goes on polling while it gathers a
 * batch, so it hands a route records it polled before a rebalance gave their partition to another consumer of the
 * group, which reads them again from the group's committed offset. Taken here too, two consumers would process the
 * same records at once, and Kafka accepts either one's commits (it checks a member's generation, not its partitions):
 * a commit of the old consumer's landing after the new one's moves the group's offset back, and with nothing left for
 * the new consumer to read, nobody commits past it again. Read on the consumer's own thread, when the batch is handed
 * over: between two polls the assignment does not change.
 */
public final class OwnedRecords {
    private static final Logger LOG = LoggerFactory.getLogger(OwnedRecords.class);

    private OwnedRecords() {
    }

    /**
     * The records whose partition their consumer has now, in order; a record without Camel's manual commit header (no
     * consumer to ask) is kept.
     */
    public static List<Exchange> of(List<Exchange> records) {
        Map<Consumer<?, ?>, Set<TopicPartition>> assigned = new IdentityHashMap<>();
        Map<TopicPartition, Integer> left = new java.util.LinkedHashMap<>();
        List<Exchange> owned = new ArrayList<>(records.size());
        for (Exchange record : records) {
            if (record.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT) instanceof DefaultKafkaManualCommit commit
                    && !assigned.computeIfAbsent(commit.getConsumer(), Consumer::assignment).contains(commit.getPartition())) {
                left.merge(commit.getPartition(), 1, Integer::sum);
            } else {
                owned.add(record);
            }
        }
        left.forEach((partition, count) -> LOG.info("left {} record(s) of {} to the consumer that has it now", count, partition));
        return left.isEmpty() ? records : owned;
    }
}
