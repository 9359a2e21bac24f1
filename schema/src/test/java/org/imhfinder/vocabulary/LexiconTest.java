package org.imhfinder.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void findsAWordInPlaceWhateverItsCapitals() {
        Lexicon lexicon = new Lexicon();
        lexicon.add("infant");
        lexicon.add("mental");
        String text = "The INFANT Mental-health field";

        assertThat(lexicon.known(text, 4, 10)).isSameAs(lexicon.known("infant"));
        assertThat(lexicon.known(text, 11, 17)).isEqualTo("mental");
        assertThat(lexicon.known(text, 18, 24)).as("health is not held").isNull();
        assertThat(lexicon.known(text, 4, 9)).as("a part of a word").isNull();
    }

    @Test
    void keepsEveryWordAsItGrows() {
        Lexicon lexicon = new Lexicon();
        for (int i = 0; i < 5_000; i++) {
            lexicon.add("w" + i);
            lexicon.add("w" + i); // once only
        }
        assertThat(lexicon.size()).isEqualTo(5_000);
        for (int i = 0; i < 5_000; i++) {
            assertThat(lexicon.known("W" + i, 0, ("W" + i).length())).isEqualTo("w" + i);
        }
        assertThat(lexicon.known("w5000")).isNull();
    }

    @Test
    void aTextSplitBeforeAWordWasAddedIsNotUsedAfter() {
        Lexicon lexicon = new Lexicon();
        Tokens before = Tokens.of("Reflective Supervision", lexicon);
        assertThat(before.folded(0)).isNull();

        lexicon.add("reflective");
        assertThat(before.splitFor(lexicon)).isFalse();
        Tokens after = Tokens.of("Reflective Supervision", lexicon);
        assertThat(after.folded(0)).isEqualTo("reflective");
        assertThat(after.folded(1)).isNull();
        assertThat(after.written(1)).isEqualTo("Supervision");
    }
}
