package org.imhfinder.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ControlCharactersTest {
    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("NULs between words", "Infant\u0000 mental\u0000\u0000 health", "Infant mental health"),
                Arguments.of("every other C0 control", "a\u0001\u0002\u0007\u0008\u000b\u000e\u001b\u001fb", "ab"),
                Arguments.of("a page of NULs", "\u0000".repeat(1000), ""),
                Arguments.of("tab, line feed and carriage return stay", "a\tb\r\nc\n", "a\tb\r\nc\n"),
                Arguments.of("a form feed is whitespace in HTML", "Level\fII", "Level II"),
                Arguments.of("DEL and C1 controls are not C0", "a\u007fb\u0085c", "a\u007fb\u0085c"),
                Arguments.of("quotes, backslashes and line separators are text", "\"\\\u2028", "\"\\\u2028"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void c0ControlCharactersButTabLineFeedAndCarriageReturnAreTakenOut(String name, String text, String cleaned) {
        assertThat(ControlCharacters.clean(text)).isEqualTo(cleaned);
    }

    @Test
    void textWithoutControlCharactersIsNotCopied() {
        String text = "<h1>Endorsement</h1>\n<p>Level\tI</p>";
        assertThat(ControlCharacters.clean(text)).isSameAs(text);
    }
}
