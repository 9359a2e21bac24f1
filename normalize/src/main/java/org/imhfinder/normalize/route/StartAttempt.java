package org.imhfinder.normalize.route;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of the pages route: counts the attempt at the delivered record (see {@link Attempts})
 * and marks it on the group's committed offset before anything else happens, or, once the record has
 * had its attempts, fails it with a {@link RepeatedFailureException} so it is dead-lettered. Runs on
 * the consumer's own thread, so it may use the consumer the record came from.
 */
final class StartAttempt implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(StartAttempt.class);
    private static final Duration READ_COMMITTED = Duration.ofSeconds(10);

    private final Attempts attempts;

    StartAttempt(Attempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void process(Exchange exchange) {
        if (!(exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT) instanceof DefaultKafkaManualCommit record)) {
            return; // not a record from Kafka
        }
        TopicPartition partition = record.getPartition();
        Consumer<?, ?> consumer = record.getConsumer();
        Attempts.Start start = attempts.start(partition, record.getRecordOffset(), () -> committedMark(consumer, partition));
        if (!start.proceed()) {
            throw new RepeatedFailureException(start.givenUp());
        }
        consumer.commitAsync(Map.of(partition, new OffsetAndMetadata(record.getRecordOffset(), start.mark().metadata())),
                (offsets, failure) -> {
                    if (failure != null) {
                        LOG.debug("could not mark attempt {} on {}: {}", start.mark(), partition, failure.toString());
                    }
                });
    }

    private static Optional<Attempts.Mark> committedMark(Consumer<?, ?> consumer, TopicPartition partition) {
        OffsetAndMetadata committed = consumer.committed(Set.of(partition), READ_COMMITTED).get(partition);
        return committed == null ? Optional.empty() : Attempts.Mark.parse(committed.metadata());
    }
}
