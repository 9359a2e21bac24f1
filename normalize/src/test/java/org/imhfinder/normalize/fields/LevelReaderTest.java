package org.imhfinder.normalize.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelReaderTest {
    private final LevelReader levels = new LevelReader(Vocabulary.standard());
    private final AlignmentReader alignment = new AlignmentReader(levels);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Infant Family Associate Endorsement (Category I)       | Infant Family Associate (Category I)
            IFS - Level 2                                          | Infant Family Specialist (Level II)
            Endorsement: MHS (Mental Health Specialist)            | Infant Mental Health Specialist
            Early Childhood Family Associate (Tier 1)              | Early Childhood Family Associate (Tier I)
            Infant/Early Childhood Mental Health Mentor (I/ECMHM)  | Infant/Early Childhood Mental Health Mentor
            Reflective Practice Facilitator II                     | Reflective Practice Facilitator II
            """)
    void aNamedLevelReadsAsItsCanonicalNameWithThePagesNumbering(String name, String level) {
        assertThat(levels.named(name)).map(LevelReader.Reading::text).hasValue(level);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Level II Endorsement                         | Infant Family Specialist (Level II)
            Early Childhood Category 3                   | Early Childhood Mental Health Specialist (Category III)
            Pathway IV                                   | Infant Mental Health Mentor (Pathway IV)
            """)
    void aLevelNamedOnlyByItsNumberIsTheEndorsementsLevelOnTheStatedTrack(String text, String level) {
        assertThat(levels.numbered(text)).map(LevelReader.Reading::text).hasValue(level);
    }

    @Test
    void aTextNamingSeveralLevelsNamesNone() {
        assertThat(levels.named("Infant Family Associate and Infant Family Specialist")).isEmpty();
    }

    @Test
    void aCertificateAlignedWithALevelSaysSoWithoutBeingThatLevel() {
        String text = "A graduate certificate for early childhood professionals, aligned with Endorsement Category II.";

        assertThat(alignment.read(text)).containsExactly("Infant Family Specialist (Category II)");
        assertThat(AlignmentReader.withoutAlignment(text)).doesNotContain("Category II");
    }
}
