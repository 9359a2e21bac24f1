package org.imhfinder.normalize.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClausesTest {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The one-pass cleaning reads as the whitespace pattern did. */
    @Test
    void cleanCollapsesWhitespaceAsThePatternDid() {
        List<String> texts = List.of("", " ", "  ", "a", " a ", "a  b", "a\tb", "a \t\n b", "\u00A0a\u00A0\u00A0b\u00A0",
                "a \u00A0b", "a\u00A0 b", "already clean text", "\u0001 a \u0002", "a\r\n\r\nb", "a\u000Bb\u000Cc",
                "ends with space ", " starts", "a\u2003b", "tab\t", "x \u00A0");
        for (String text : texts) {
            String before = WHITESPACE.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").trim();
            assertThat(Clauses.clean(text)).as("[%s]", text).isEqualTo(before);
        }
        assertThat(Clauses.clean(null)).isEmpty();
    }

    @Test
    void theSameTextSplitAgainGivesTheSameSentences() {
        String text = "Training is required. Reflective supervision: 24 hours\nOnline";
        List<String> first = Clauses.sentences(text);
        assertThat(first).containsExactly("Training is required.", "Reflective supervision: 24 hours", "Online");
        assertThat(Clauses.sentences(new String(text))).isEqualTo(first);
        assertThat(Clauses.sentences("Another text. Two sentences.")).containsExactly("Another text.", "Two sentences.");
        assertThat(Clauses.sentences(text)).isEqualTo(first);
    }
}
