package org.imhfinder.runtime.kafka;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * Commits the consumed record's offset: the last step of a consuming route, after its results
 * were written. A crash before it means the record is processed again (at-least-once).
 */
public final class CommitOffset implements Processor {
    @Override
    public void process(Exchange exchange) {
        KafkaManualCommit commit = exchange.getIn().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
        if (commit != null) {
            commit.commit();
        }
    }
}
