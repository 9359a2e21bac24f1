package org.imhfinder.normalize.route;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommit;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of the pages route, once the page's outputs are acknowledged: commits the next offset (clearing the
 * record's attempt mark, see {@link Attempts}) without waiting for the commit. The consumer sends its commits in
 * order, so the group's offset only moves forward: the next record's mark, then its own commit, follow this one.
 * A commit lost to a crash leaves an earlier offset committed and the record is read again: at-least-once, as
 * before, but the lane no longer pays a round trip to Kafka per page. Runs on the consumer's own thread.
 */
final class CommitDone implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(CommitDone.class);

    @Override
    public void process(Exchange exchange) {
        if (!(exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT) instanceof DefaultKafkaManualCommit record)) {
            return; // not a record from Kafka
        }
        record.getConsumer().commitAsync(Map.of(record.getPartition(), new OffsetAndMetadata(record.getRecordOffset() + 1)),
                (offsets, failure) -> {
                    if (failure != null) {
                        LOG.warn("could not commit {} after {}: {}", offsets, record.getPartition(), failure.toString());
                    }
                });
    }
}
