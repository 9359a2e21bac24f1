package org.imhfinder.normalize.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    /** The patterns the scans replaced: they split as these did, on every text below and on 200,000 random ones. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"\u201C])|\\n+|\\s*[\u2022\u00B7|]\\s*");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*[;,]\\s+|\\s+(?:but|however)\\s+");
    private static final String[] PIECES = {"a", "A", "T", "x", "Word", ".", "!", "?", " ", " ", "\t", "\n", "\r", "\u000B", "(", "\"",
        "\u201C", "\u2022", "\u00B7", "|", ";", ",", "but", "however", "But", "\u00A0", "\u2003", "\u0001", "1"};

    @Test
    void sentencesAndClausesAreCutWhereTheirPatternsCut() {
        List<String> texts = new ArrayList<>(List.of("", " ", "One. Two", "One.Two", "e.g. the", "Done! (Next) \"Quote\" \u201CCurly\u201D",
                "a\n\n b", "a \u2022 b \u00B7 c | d", "a. \u2022 B", "a. |. B", "end.   \t\n  Start", "end. \n lower",
                "x, but y", "x but y", "x ,y", "x ; y;z", "  however  it, however, is ", "but", " but ", "a,\u0001,b", "a,\u2003,b"));
        Random random = new Random(18);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(Clauses.splitSentences(text)).as("sentences of [%s]", text).isEqualTo(byPattern(SENTENCE_END, text, true));
            assertThat(Clauses.clauses(text)).as("clauses of [%s]", text).isEqualTo(byPattern(CLAUSE_END, text, false));
        }
    }

    /** How the pattern split: sentences trimmed and kept when not empty, clauses kept when not blank, then trimmed. */
    private static List<String> byPattern(Pattern pattern, String text, boolean sentences) {
        List<String> out = new ArrayList<>();
        for (String part : pattern.split(text)) {
            if (sentences ? !part.trim().isEmpty() : !part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
