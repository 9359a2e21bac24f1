package org.imhfinder.runtime.kafka;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.schema.InvalidRecordException;

/**
 * Refuses a record whose value is larger than the stage reads from its topic, before anything
 * parses it: a permanent failure ({@link InvalidRecordException}), so the route dead-letters it and
 * goes on. A topic's {@code max.message.bytes} bounds what Kafka stores; this bounds what one stage
 * is willing to hold in memory and work on.
 */
public final class RecordSizeLimit implements Processor {
    private final long maxBytes;

    public RecordSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void process(Exchange exchange) {
        check(exchange.getMessage().getBody(String.class), maxBytes, exchange.getMessage().getHeader(KafkaHeaders.TOPIC, String.class));
    }

    /** Throws {@link InvalidRecordException} naming both sizes when {@code value} is over {@code maxBytes} as UTF-8. */
    public static void check(String value, long maxBytes, String topic) {
        if (value == null || (long) value.length() * 3 <= maxBytes) {
            return; // a char is at most 3 bytes of UTF-8 (a surrogate pair, 2 chars, is 4)
        }
        long bytes = utf8Bytes(value);
        if (bytes > maxBytes) {
            throw new InvalidRecordException("record too large: " + bytes + " bytes, more than the " + maxBytes
                    + " bytes read from " + (topic == null ? "this topic" : topic));
        }
    }

    /** The length of a text in UTF-8, without encoding it. */
    public static long utf8Bytes(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
