package org.imhfinder.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageEventLimitTest {
    private static final long LIMIT = 64 * 1024;
    private final PageEventLimit limit = new PageEventLimit(LIMIT);

    /** Bodies whose JSON is far larger than their characters, each about 200,000 characters. */
    static Stream<Arguments> badlyEscapingBodies() {
        return Stream.of(
                Arguments.of("quotes", "\"".repeat(200_000)),
                Arguments.of("backslashes", "\\".repeat(200_000)),
                Arguments.of("line separators", "\u2028".repeat(200_000)),
                Arguments.of("tabs and line feeds", "\t\n".repeat(100_000)),
                Arguments.of("control characters", "\u0001".repeat(200_000)),
                Arguments.of("emoji", "\uD83D\uDE00".repeat(100_000)),
                Arguments.of("all of them", "<p>\"\\\u2028\u0001\uD83D\uDE00\t</p>".repeat(15_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badlyEscapingBodies")
    void aBodyWhoseJsonWouldBeTooLargeIsCutToTheLongestBeginningThatFitsAndMarked(String name, String body) {
        PageEventLimit.Written written = limit.write(page(body));

        assertThat(written.cut()).isTrue();
        long size = RecordSizeLimit.utf8Bytes(written.json());
        assertThat(size).isLessThanOrEqualTo(LIMIT);
        String kept = written.event().body();
        assertThat(body).startsWith(kept);
        assertThat(size + nextCharacterSize(body, kept.length())).as("one more character would not have fitted")
                .isGreaterThan(LIMIT);
        assertThat(Json.read(written.json(), PageEvent.class)).isEqualTo(written.event());
        assertThat(written.event().headers()).containsEntry(PageEvents.TRUNCATED_HEADER, "true")
                .containsEntry("etag", "\"v1\"");
    }

    @Test
    void anEventThatFitsIsWrittenAsItIs() {
        PageEvent event = page("<h1>Endorsement</h1>");
        PageEventLimit.Written written = limit.write(event);
        assertThat(written.cut()).isFalse();
        assertThat(written.event()).isSameAs(event);
        assertThat(written.json()).isEqualTo(Json.write(event));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        for (int room = 0; room < 12; room++) {
            int end = PageEventLimit.prefixWithin("a\uD83D\uDE00b", room);
            assertThat(end).as("room %d", room).isIn(0, 1, 3, 4);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40_000, 45_000, 47_000, 47_500, 48_000, 60_000})
    void aPdfFitsExactlyWhenItsWrittenEventDoes(int bytes) {
        PageEvent pdf = new PageEvent(PageEvent.SCHEMA_VERSION, "s", "c", "https://example.org/r.pdf", "https://example.org/r.pdf",
                PageStatus.OK, 200, Map.of("content-type", "application/pdf"), "application/pdf", null, null,
                new byte[bytes], null, 1, Instant.parse("2026-01-05T09:00:00Z"), null);
        assertThat(limit.fits(pdf)).isEqualTo(RecordSizeLimit.utf8Bytes(Json.write(pdf)) <= LIMIT);
    }

    @Test
    void theLimitLeavesRoomForAPdfAtTheCapAndNeverExceedsOneRecord() {
        assertThat(PageEvent.maxBytes(5 * 1024 * 1024)).isEqualTo(7L * 1024 * 1024 + 512 * 1024 + 64 * 1024);
        assertThat(PageEvent.maxBytes(100L * 1024 * 1024)).isEqualTo(16L * 1024 * 1024 - 64 * 1024);
    }

    /** What the character (a whole surrogate pair for one outside the BMP) at {@code at} adds to the JSON. */
    private static long nextCharacterSize(String text, int at) {
        long size = PageEventLimit.writtenSize(text.charAt(at));
        return Character.isHighSurrogate(text.charAt(at)) ? size + PageEventLimit.writtenSize(text.charAt(at + 1)) : size;
    }

    private static PageEvent page(String body) {
        return new PageEvent(PageEvent.SCHEMA_VERSION, "src", "crawl-1", "https://example.org/p", "https://example.org/p",
                PageStatus.OK, 200, Map.of("content-type", "text/html; charset=utf-8", "etag", "\"v1\""),
                "text/html; charset=utf-8", "UTF-8", body, null, "https://example.org/", 1,
                Instant.parse("2026-01-05T09:00:00Z"), null);
    }
}
