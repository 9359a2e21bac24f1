package org.imhfinder.indexer.batch;

/** Where a record the indexer cannot apply goes, with the reason: {@code imh.dlq.v1}. */
public interface DeadLetterSink {
    /** Writes the dead letter and returns once it is acknowledged. */
    void send(RecordSource source, Exception reason);
}
