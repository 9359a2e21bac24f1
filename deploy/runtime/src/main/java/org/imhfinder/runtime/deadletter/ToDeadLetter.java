package org.imhfinder.runtime.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.Json;

/**
 * Turns a record a stage could not process into a {@link DeadLetter}: the original value
 * untouched, where it came from, the stage and the reason. Use it in an {@code onException}
 * with {@code useOriginalMessage()}, then send to {@link DeadLetterRoutes#ENDPOINT}. Counts
 * {@code imh.dead_letters{stage,reason}}, the reason being the failure's type.
 */
public final class ToDeadLetter implements Processor {
    private final String stage;
    private final MeterRegistry meters;
    private final Clock clock;

    public ToDeadLetter(String stage, MeterRegistry meters, Clock clock) {
        this.stage = stage;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Message in = exchange.getMessage();
        String key = in.getHeader(KafkaHeaders.KEY, String.class);
        DeadLetter letter = new DeadLetter(DeadLetter.SCHEMA_VERSION, stage, reason(cause),
                in.getHeader(KafkaHeaders.TOPIC, String.class), in.getHeader(KafkaHeaders.PARTITION, Integer.class),
                in.getHeader(KafkaHeaders.OFFSET, Long.class), key, in.getBody(String.class), clock.instant());
        meters.counter("imh.dead_letters", "stage", stage,
                "reason", cause == null ? "unknown" : cause.getClass().getSimpleName()).increment();
        in.setBody(Json.write(letter));
        in.setHeader(KafkaHeaders.KEY, key == null ? "" : key);
    }

    private static String reason(Exception cause) {
        if (cause == null) {
            return "unknown";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
