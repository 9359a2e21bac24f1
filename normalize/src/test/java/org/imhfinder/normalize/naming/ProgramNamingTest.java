package org.imhfinder.normalize.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.fields.LevelReader;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.Track;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramNamingTest {
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private final LevelReader levels = new LevelReader(VOCABULARY);
    private final ProgramNaming naming = new ProgramNaming(VOCABULARY, levels);

    /** The fields as extraction leaves them: the heading as the name, the level read from it. */
    private FieldSet found(String heading, Credential credential) {
        FieldSet fields = new FieldSet().put(Field.NAME, heading, ExtractionMethod.STRUCTURE, 0.8, "heading: " + heading);
        levels.named(heading).ifPresent(l -> fields.put(Field.LEVEL, l.text(), ExtractionMethod.STRUCTURE, 0.85, heading));
        return fields.put(Field.CREDENTIAL, credential, ExtractionMethod.STRUCTURE, 0.8, heading);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", textBlock = """
            Category I: Infant Family Associate => Infant Family Associate Endorsement (Category I) => Infant Family Associate (Category I)
            Level 2 Infant Family Specialist => Infant Family Specialist Endorsement (Level II) => Infant Family Specialist (Level II)
            Infant Mental Health Specialist (IMHS) => Infant Mental Health Specialist Endorsement => Infant Mental Health Specialist
            Endorsement: MHS (Mental Health Specialist) => Infant Mental Health Specialist Endorsement => Infant Mental Health Specialist
            Early Childhood Family Associate (Tier 1) => Early Childhood Family Associate Endorsement (Tier I) => Early Childhood Family Associate (Tier I)
            Infant/Early Childhood Family Associate (I/ECFA) => Infant/Early Childhood Family Associate Endorsement => Infant/Early Childhood Family Associate
            Category IV: Infant Mental Health Mentor – Policy => Infant Mental Health Mentor - Policy Endorsement (Category IV) => Infant Mental Health Mentor - Policy (Category IV)
            Infant/Early Childhood Mental Health Mentor – Clinical => Infant/Early Childhood Mental Health Mentor - Clinical Endorsement => Infant/Early Childhood Mental Health Mentor
            Infant Mental Health Mentor Clinical, Research/Faculty, or Policy => Infant Mental Health Mentor Endorsement => Infant Mental Health Mentor
            Mental Health Mentor – Clinical (IMHM-C / ECMHM-C) => Infant/Early Childhood Mental Health Mentor - Clinical Endorsement => Infant/Early Childhood Mental Health Mentor
            Infant/Early Childhood Family Associate (IFA/ECFA) => Infant/Early Childhood Family Associate Endorsement => Infant/Early Childhood Family Associate
            Early Childhood Family Reflective Supervisor (ECFRS) => Endorsed Reflective Supervisor => Endorsed Reflective Supervisor
            Endorsed Reflective Supervisor (ERS) => Endorsed Reflective Supervisor => Endorsed Reflective Supervisor
            Infant Family Practitioner (Level II) => Infant Family Practitioner => Infant Family Practitioner (Level II)
            Advanced Transdisciplinary Practitioner => Advanced Transdisciplinary Practitioner => Advanced Transdisciplinary Practitioner
            Infant and Early Childhood Mental Health Credential (I/ECMH-C) System => Infant/Early Childhood Mental Health Clinical Credential => Infant/Early Childhood Mental Health Clinical Credential
            """)
    void aLevelIsNamedByTheVocabularyWithTheProvidersNumbering(String heading, String name, String level) {
        FieldSet fields = naming.name(found(heading, null), "Any Association");

        assertThat(fields.get(Field.NAME, String.class)).hasValue(name);
        assertThat(fields.get(Field.LEVEL, String.class)).hasValue(level);
    }

    @Test
    void thePagesOwnWordingStaysInTheNamesEvidence() {
        FieldSet fields = naming.name(found("Category II: Infant Family Specialist", Credential.ENDORSEMENT), "Any Association");

        assertThat(fields.provenance(Field.NAME)).hasValueSatisfying(p -> {
            assertThat(p.evidence()).contains("Category II: Infant Family Specialist");
            assertThat(p.method()).isEqualTo(ExtractionMethod.STRUCTURE);
        });
    }

    @Test
    void aLevelsCredentialIsWhatItsFamilyAwardsAndItsTrackTheLevels() {
        FieldSet fields = naming.name(found("Infant and Early Childhood Mental Health Credential (I/ECMH-C) System",
                Credential.CERTIFICATE), "Illinois Association for Infant Mental Health");

        assertThat(fields.get(Field.CREDENTIAL, Credential.class)).hasValue(Credential.ENDORSEMENT);
        assertThat(fields.get(Field.TRACK, Track.class)).hasValue(Track.INFANT_EARLY_CHILDHOOD);
    }

    @Test
    void aCourseNamedAfterALevelKeepsItsOwnName() {
        FieldSet fields = naming.name(found("INFANT FAMILY SPECIALIST PREP COURSE", Credential.COURSE), "Any Association");

        assertThat(fields.get(Field.NAME, String.class)).hasValue("Infant Family Specialist Prep Course");
        assertThat(fields.get(Field.CREDENTIAL, Credential.class)).hasValue(Credential.COURSE);
    }

    @Test
    void anyOtherProgramKeepsItsOwnNameCleaned() {
        FieldSet fields = naming.name(found("Infant Mental Health Certificate | Erikson Institute", Credential.CERTIFICATE),
                "Erikson Institute");

        assertThat(fields.get(Field.NAME, String.class)).hasValue("Infant Mental Health Certificate");
        assertThat(fields.provenance(Field.NAME).orElseThrow().evidence()).contains("| Erikson Institute");
    }
}
