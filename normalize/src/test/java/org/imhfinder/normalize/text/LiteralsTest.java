package org.imhfinder.normalize.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a nine-month program          | true",
            "Takes 2 YEARS to complete     | true",
            "three Semesters               | true",
            "reflective supervision hours  | false",
            "Mon                           | false",
            "''                            | false",
    })
    void findsAUnitInAnyCase(String text, boolean found) {
        assertThat(Literals.words("day", "week", "month", "year", "semester").in(text)).isEqualTo(found);
    }

    /** Words starting with a sign, a digit or a letter outside ASCII, and text whose letter folds to ASCII ("\u212A", Kelvin). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "costs $1,200                  | true",
            "50 States                     | true",
            "\u212Aeep it                   | true",
            "\u00C9t\u00E9 program           | true",
            "Keep out                      | true",
            "nothing of the kind           | false",
    })
    void findsWordsStartingWithAnyCharacter(String text, boolean found) {
        assertThat(Literals.words("$", "50 states", "keep", "\u00E9t\u00E9").in(text)).isEqualTo(found);
        assertThat(Literals.words("$", "50 states", "keep").in(text)).isEqualTo(found && !text.startsWith("\u00C9"));
    }

    /** Within a part of the text only: a word running past its end is not in it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0 | 10 | true",
            "0 | 9  | false",
            "3 | 12 | false",
            "2 | 12 | true",
    })
    void findsWordsWithinAPart(int from, int to, boolean found) {
        assertThat(Literals.words("one year").in("a one year course", from, to)).isEqualTo(found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(517) 555-0100        | true",
            "call 517.555.010      | false",
            "no number here        | false",
    })
    void countsDigits(String text, boolean tenOrMore) {
        assertThat(Literals.hasDigits(text, 10)).isEqualTo(tenOrMore);
    }

    /**
     * The same answer as {@link String#regionMatches(boolean, int, String, int, int)} at every position, on random texts.
     * Left out: "\u017F" and "\u0131", which start no ASCII word here (their lower case is themselves) and which no
     * {@code (?i)} pattern matches as "s" or "i" either; within a word they are compared as regionMatches does.
     */
    @Test
    void agreesWithRegionMatchesOnRandomTexts() {
        agreesWithRegionMatches("kiss", "year", "$1", "\u00E9t\u00E9", "si", "r\u0131", "s\u017F");
    }

    /** Words of one character, and words a first character shares with others, some of whose second is not ASCII. */
    @Test
    void agreesWithRegionMatchesForWordsOfOneCharacterAndSharedFirsts() {
        agreesWithRegionMatches("k", "ye", "ya", "s\u00E9", "sk", "ir", "i\u2019");
    }

    private static void agreesWithRegionMatches(String... words) {
        String alphabet = "aAeEkKsSiIyYrR 1$\u212A\u0130\u00C9\u00E9\u2019";
        Literals.Words group = Literals.words(words);
        Random random = new Random(7);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            boolean expected = false;
            for (int at = 0; at < t.length() && !expected; at++) {
                for (String word : words) {
                    expected |= t.regionMatches(true, at, word, 0, word.length());
                }
            }
            assertThat(group.in(t)).as("\"%s\"", t).isEqualTo(expected);
        }
    }
}
