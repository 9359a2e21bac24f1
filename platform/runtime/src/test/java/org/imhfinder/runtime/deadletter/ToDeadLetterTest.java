package org.imhfinder.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.Json;
import org.junit.jupiter.api.Test;

class ToDeadLetterTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ToDeadLetter toDeadLetter = new ToDeadLetter("normalize", meters,
            Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void aLetterCarriesTheOriginalWhereItCameFromAndWhy() {
        DeadLetter letter = deadLetter("{not json", new InvalidRecordException("not a valid PageEvent: Unexpected character"));

        assertThat(letter.reason()).isEqualTo("InvalidRecordException: not a valid PageEvent: Unexpected character");
        assertThat(letter.originalValue()).isEqualTo("{not json");
        assertThat(letter.originalBytes()).isEqualTo(9L);
        assertThat(letter.originalTruncated()).isFalse();
        assertThat(letter).extracting(DeadLetter::topic, DeadLetter::partition, DeadLetter::offset, DeadLetter::key)
                .containsExactly("imh.pages.v1", 3, 42L, "https://example.org/");
        assertThat(meters.get("imh.dead_letters").tag("reason", "InvalidRecordException").counter().count()).isEqualTo(1);
    }

    @Test
    void aHugeOriginalIsCutToItsFirstMebiCharacterWithoutSplittingACharacter() {
        String huge = "a".repeat(ToDeadLetter.MAX_ORIGINAL_CHARS - 1) + "\ud83d\ude00" + "b".repeat(5_000_000);

        DeadLetter letter = deadLetter(huge, new InvalidRecordException("record too large"));

        assertThat(letter.originalTruncated()).isTrue();
        assertThat(letter.originalBytes()).isEqualTo(huge.length() + 2L);
        assertThat(letter.originalValue()).hasSize(ToDeadLetter.MAX_ORIGINAL_CHARS - 1).isEqualTo(huge.substring(0,
                ToDeadLetter.MAX_ORIGINAL_CHARS - 1));
    }

    private DeadLetter deadLetter(String value, Exception cause) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(value);
        exchange.getMessage().setHeader(KafkaHeaders.TOPIC, "imh.pages.v1");
        exchange.getMessage().setHeader(KafkaHeaders.PARTITION, 3);
        exchange.getMessage().setHeader(KafkaHeaders.OFFSET, 42L);
        exchange.getMessage().setHeader(KafkaHeaders.KEY, "https://example.org/");
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, cause);
        toDeadLetter.process(exchange);
        return Json.read(exchange.getMessage().getBody(String.class), DeadLetter.class);
    }
}
