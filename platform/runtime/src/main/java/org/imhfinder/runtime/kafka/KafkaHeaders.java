package org.imhfinder.runtime.kafka;

import org.apache.camel.component.kafka.KafkaConstants;

/** The Kafka message headers routes set and read, named once. */
public final class KafkaHeaders {
    /** The record key: set it before sending to a topic. */
    public static final String KEY = KafkaConstants.KEY;
    public static final String TOPIC = KafkaConstants.TOPIC;
    public static final String PARTITION = KafkaConstants.PARTITION;
    public static final String OFFSET = KafkaConstants.OFFSET;

    private KafkaHeaders() {
    }
}
