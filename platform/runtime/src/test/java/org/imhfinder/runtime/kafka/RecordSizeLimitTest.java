package org.imhfinder.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.imhfinder.schema.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordSizeLimitTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii", "caf\u00e9 \u00e0 la cr\u00e8me", "\u20ac and \u4e2d\u6587", "\ud83d\ude00 emoji"})
    void theUtf8LengthIsWhatEncodingGives(String text) {
        assertThat(RecordSizeLimit.utf8Bytes(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aValueOverTheLimitIsAnInvalidRecordNamingBothSizesAndTheTopic() {
        assertThatThrownBy(() -> RecordSizeLimit.check("\u00e9".repeat(600), 1000, "imh.pages.v1"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("record too large: 1200 bytes, more than the 1000 bytes read from imh.pages.v1");
    }

    @Test
    void aValueAtTheLimitOrWithoutABodyPasses() {
        assertThatCode(() -> RecordSizeLimit.check("\u00e9".repeat(500), 1000, "t")).doesNotThrowAnyException();
        assertThatCode(() -> RecordSizeLimit.check(null, 1, "t")).doesNotThrowAnyException();
    }
}
