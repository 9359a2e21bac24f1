package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommit;

/** Remembers a failure that escaped a record's dead-lettering, for the record's next attempt (see {@link Attempts}). */
final class FailedAttempt implements Processor {
    private final Attempts attempts;

    FailedAttempt(Attempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void process(Exchange exchange) {
        if (exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT) instanceof DefaultKafkaManualCommit record) {
            attempts.failed(record.getPartition(), record.getRecordOffset(),
                    exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        }
    }
}
