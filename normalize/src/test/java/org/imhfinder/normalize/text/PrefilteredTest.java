package org.imhfinder.normalize.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrefilteredTest {
    private static final Prefiltered HOURS = Prefiltered.of(Pattern.compile("(?i)" + Numbers.WORD_NUMBER + "\\s+(?:clock\\s+)?hours?\\b"),
            Numbers.STARTS);
    private static final Prefiltered CUE = Prefiltered.of(Pattern.compile("(?i)\\b(deadline|due|apply by)\\b"), "deadline", "due", "apply by");
    private static final Prefiltered BEHIND = Prefiltered.of(Pattern.compile("(?<![$\\d])\\d{2}(?!\\d)"), Numbers.DIGITS);

    @Test
    void findsTheFirstMatchAsAPlainSearchDoes() {
        Matcher m = HOURS.find("Renewal: 15 hours. Initial: forty-eight (48) clock hours of training");
        assertThat(m).isNotNull();
        assertThat(m.group()).isEqualTo("15 hours");
        assertThat(m.start()).isEqualTo(9);
        assertThat(HOURS.find("Forty clock hours").group(1)).isEqualTo("Forty");
        assertThat(HOURS.in("no numbers here")).isFalse();
    }

    /** The word boundary and the look-behind see the text before the position tried: "overdue" holds no "due". */
    @Test
    void seesTheTextBeforeWhereItTries() {
        assertThat(CUE.in("payment overdue")).isFalse();
        assertThat(CUE.in("payment is DUE")).isTrue();
        assertThat(BEHIND.find("$120 or 45").group()).isEqualTo("45");
        assertThat(HOURS.in("x40 hours")).isFalse();
    }

    /** The same first match as {@code pattern.matcher(text).find()}, on random texts of numbers, words and signs. */
    @Test
    void agreesWithAPlainSearchOnRandomTexts() {
        String[] parts = {"forty", "-", "eight", "48", "(", ")", " ", " ", "clock", "hours", "hour", "overdue", "due", "apply", "by",
            "$", "x", "Deadline", "DUE", "7", "120", "\n", "One", "ten"};
        Random random = new Random(11);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String t = text.toString();
            for (Prefiltered p : new Prefiltered[] {HOURS, CUE, BEHIND}) {
                Matcher plain = p.pattern().matcher(t);
                Matcher fast = p.find(t);
                if (plain.find()) {
                    assertThat(fast).as("\"%s\" %s", t, p.pattern()).isNotNull();
                    assertThat(fast.start()).as("\"%s\" %s", t, p.pattern()).isEqualTo(plain.start());
                    assertThat(fast.group()).as("\"%s\" %s", t, p.pattern()).isEqualTo(plain.group());
                } else {
                    assertThat(fast).as("\"%s\" %s", t, p.pattern()).isNull();
                }
            }
        }
    }
}
