package org.imhfinder.runtime.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.Json;

/**
 * Turns a record a stage could not process into a {@link DeadLetter}: the original value
 * untouched (its first mebi-character when larger), where it came from, the stage and the reason. Use it in an {@code onException}
 * with {@code useOriginalMessage()}, then send to {@link DeadLetterRoutes#ENDPOINT}. Counts
 * {@code imh.dead_letters{stage,reason}}, the reason being the failure's type.
 */
public final class ToDeadLetter implements Processor {
    /** How much of an original value a dead letter carries (1 Mi characters; at most 6 MiB as JSON). */
    static final int MAX_ORIGINAL_CHARS = 1024 * 1024;

    private final String stage;
    private final MeterRegistry meters;
    private final Clock clock;

    public ToDeadLetter(String stage, MeterRegistry meters, Clock clock) {
        this.stage = stage;
        this.meters = meters;
        this.clock = clock;
        // at zero from start (the reason of a failure without an exception), so that the dead-letter
        // rate is 0 rather than "no data" after a restart; other reasons appear with their first letter
        counter(meters, stage, "unknown");
    }

    private static Counter counter(MeterRegistry meters, String stage, String reason) {
        return Counter.builder("imh.dead_letters").tag("stage", stage).tag("reason", reason)
                .description("records dead-lettered to imh.dlq.v1, by stage and the failure's type").register(meters);
    }

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Message in = exchange.getMessage();
        String key = in.getHeader(KafkaHeaders.KEY, String.class);
        String original = in.getBody(String.class);
        String kept = kept(original);
        DeadLetter letter = new DeadLetter(DeadLetter.SCHEMA_VERSION, stage, reason(cause),
                in.getHeader(KafkaHeaders.TOPIC, String.class), in.getHeader(KafkaHeaders.PARTITION, Integer.class),
                in.getHeader(KafkaHeaders.OFFSET, Long.class), key, kept, clock.instant(),
                original == null ? null : RecordSizeLimit.utf8Bytes(original), kept != original);
        counter(meters, stage, cause == null ? "unknown" : cause.getClass().getSimpleName()).increment();
        in.setBody(Json.write(letter));
        in.setHeader(KafkaHeaders.KEY, key == null ? "" : key);
    }

    /**
     * The original value, or its first {@link #MAX_ORIGINAL_CHARS} characters: a dead letter must always fit on
     * {@code imh.dlq.v1} (JSON escaping can make a value several times longer), or the failing record would block
     * its partition. The whole value stays on its topic at the offset the letter names.
     */
    static String kept(String original) {
        if (original == null || original.length() <= MAX_ORIGINAL_CHARS) {
            return original;
        }
        int end = Character.isHighSurrogate(original.charAt(MAX_ORIGINAL_CHARS - 1)) ? MAX_ORIGINAL_CHARS - 1 : MAX_ORIGINAL_CHARS;
        return original.substring(0, end);
    }

    private static String reason(Exception cause) {
        if (cause == null) {
            return "unknown";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
