package org.imhfinder.normalize.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlCharactersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NUL in a name                 | Infant\\u0000 Mental Health             | Infant Mental Health",
            "a page of NULs                | \\u0000\\u0000\\u0000\\u0000              | ''",
            "bell, escape and DEL          | a\\u0007b\\u001Bc\\u007Fd                 | abcd",
            "C1 controls (NEL, CSI)        | Level\\u0085 II\\u009B                   | Level II",
            "tab and line breaks stay      | Education:\\tMaster's\\r\\nTraining      | Education:\\tMaster's\\r\\nTraining",
            "a lone surrogate              | caf\\uD800e                             | cafe",
            "a pair stays (emoji)          | Infant \\uD83D\\uDC76 mental health      | Infant \\uD83D\\uDC76 mental health",
            "other text is untouched       | Infant\\u2013Parent\\u00A0Psychotherapy | Infant\\u2013Parent\\u00A0Psychotherapy"})
    void controlCharactersAreStrippedAndTheRestKept(String what, String text, String expected) {
        String stripped = ControlCharacters.strip(unescape(text));

        assertThat(stripped).isEqualTo(unescape(expected));
        assertThat(ControlCharacters.clean(stripped)).isTrue();
        assertThat(ControlCharacters.clean(unescape(text))).isEqualTo(unescape(text).equals(stripped));
    }

    /** Java-style escapes in the table, so it can show the characters it is about. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'r' ? '\r' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
