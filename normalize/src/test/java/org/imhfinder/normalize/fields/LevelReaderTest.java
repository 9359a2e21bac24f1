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
            Infant/Early Childhood Family Associate (IFA/ECFA)     | Infant/Early Childhood Family Associate
            Infant/Early Childhood Mental Health Mentor (IMHM/ECMHM) | Infant/Early Childhood Mental Health Mentor
            Family Specialist (IFS / ECFS)                         | Infant/Early Childhood Family Specialist
            Mental Health Mentor – Clinical (IMHM-C / ECMHM-C)     | Infant/Early Childhood Mental Health Mentor
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

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Infant Family Associate          | Category 1 |                                    | Infant Family Associate (Category I)
            Infant Family Specialist         | Level II:  |                                    | Infant Family Specialist (Level II)
            Infant Family Associate (I)      |            | Raters endorsed at Level II or III | Infant Family Associate (Level I)
            Infant Mental Health Mentor (IV) |            |                                    | Infant Mental Health Mentor (Level IV)
            Infant Family Specialist (III)   |            |                                    | Infant Family Specialist
            Infant Family Associate          | Category 3 |                                    | Infant Family Associate
            Infant Family Associate          | Membership |                                    | Infant Family Associate
            """)
    void aLevelIsNumberedByAHeadingOfItsOwnOrABareNumeralWhenItsNameIsNot(String name, String before, String context,
                                                                          String level) {
        LevelReader.Reading reading = levels.named(name).orElseThrow();

        assertThat(levels.withNumbering(reading, name, before, context).text()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Infant Mental Health Mentor Clinical, Research/Faculty, or Policy | Infant Mental Health Mentor
            Infant Mental Health Mentor (Clinical)                            | Infant Mental Health Mentor - Clinical
            Infant Mental Health Mentor – Research/Faculty                    | Infant Mental Health Mentor - Research/Faculty
            Infant Mental Health Mentor, for leaders in clinical practice     | Infant Mental Health Mentor
            Infant/Early Childhood Mental Health Mentor – Policy              | Infant/Early Childhood Mental Health Mentor
            """)
    void aMentorDesignationIsItsLevelOnlyWhereTheVocabularyHasOne(String text, String level) {
        assertThat(levels.named(text)).map(LevelReader.Reading::text).hasValue(level);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Family Associate                    | INFANT                 | Infant Family Associate
            Family Specialist                   | EARLY_CHILDHOOD        | Early Childhood Family Specialist
            Mental Health Specialist (Level 3)  |                        | Infant Mental Health Specialist (Level III)
            Mental Health Mentor – Policy       | INFANT                 | Infant Mental Health Mentor - Policy
            Mental Health Mentor                | INFANT_EARLY_CHILDHOOD | Infant/Early Childhood Mental Health Mentor
            """)
    void aCategoryHeadedByItsRanksShortNameIsTheRankOnThePagesTrack(String text, String track, String level) {
        assertThat(levels.shortNamed(text, track == null ? null : org.imhfinder.schema.Track.valueOf(track)))
                .map(LevelReader.Reading::text).hasValue(level);
    }

    @Test
    void aHeadingThatOnlyStartsLikeAShortNameIsNoLevel() {
        assertThat(levels.shortNamed("Family Associates Network", null)).isEmpty();
        assertThat(levels.shortNamed("Mental Health Consultation", null)).isEmpty();
    }

    @Test
    void aTextNamingSeveralLevelsNamesNone() {
        assertThat(levels.named("Infant Family Associate and Infant Family Specialist")).isEmpty();
        assertThat(levels.named("Infant Family Associate and Early Childhood Family Associate")).isEmpty();
        assertThat(levels.named("IFA/ECFS")).isEmpty();
    }

    @Test
    void aCertificateAlignedWithALevelSaysSoWithoutBeingThatLevel() {
        String text = "A graduate certificate for early childhood professionals, aligned with Endorsement Category II.";

        assertThat(alignment.read(text)).containsExactly("Infant Family Specialist (Category II)");
        assertThat(AlignmentReader.withoutAlignment(text)).doesNotContain("Category II");
    }
}
