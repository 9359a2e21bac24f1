package org.imhfinder.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imhfinder.schema.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {
    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BSW                                   | BACHELORS
            Bachelor of Arts                      | BACHELORS
            bachelor's-prepared                   | BACHELORS
            Bachelor’s degree                     | BACHELORS
            bachelors degree                      | BACHELORS
            CDA                                   | CDA
            Child Development Associate credential| CDA
            associate's degree                    | ASSOCIATE
            MSW                                   | MASTERS
            licensed clinician                    | MASTERS
            Master's degree                       | MASTERS
            Ph.D.                                 | DOCTORAL
            doctorate                             | DOCTORAL
            no degree required                    | NONE
            """)
    void educationTermsMapToTheirLevel(String text, String expected) {
        assertThat(VOCABULARY.values(text, TermKind.EDUCATION)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RS/C                                  | REFLECTIVE_PRACTICE
            CPP                                   | INFANT_PARENT_PSYCHOTHERAPY
            child-parent psychotherapy            | INFANT_PARENT_PSYCHOTHERAPY
            Child Parent Psychotherapy            | INFANT_PARENT_PSYCHOTHERAPY
            DC:0-5                                | DIAGNOSTIC_CLASSIFICATION
            DC 0-5 training                       | DIAGNOSTIC_CLASSIFICATION
            Attachment and Early Relationships    | ATTACHMENT
            trauma-informed care                  | TRAUMA
            perinatal mood disorders              | PERINATAL_MENTAL_HEALTH
            """)
    void topicSynonymsAndAbbreviationsMapToTheSeedTaxonomy(String text, String expected) {
        assertThat(VOCABULARY.values(text, TermKind.TOPIC)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Indiana        | IN
            IN             | IN
            Michigan       | MI
            New York State | NY
            Washington D.C.| DC
            """)
    void statesAreFoundByNameAndCode(String text, String code) {
        assertThat(VOCABULARY.regionCode(text)).hasValue(code);
    }

    @Test
    void anAbbreviationMatchesOnlyInCapitals() {
        assertThat(VOCABULARY.find("Trainings in Lansing are offered in person", TermKind.REGION)).isEmpty();
        assertThat(VOCABULARY.values("Indianapolis, IN 46204", TermKind.REGION)).containsExactly("IN");
    }

    @Test
    void anAbbreviationInsideALineOfCapitalsIsJustAWord() {
        assertThat(VOCABULARY.find("UPCOMING TRAININGS IN GRAND RAPIDS THIS SPRING", TermKind.REGION)).isEmpty();
    }

    @Test
    void findingReportsWhereEachTermIs() {
        String query = "online CPP certificate in Indiana";
        List<TermMatch> matches = VOCABULARY.find(query, TermKind.DELIVERY, TermKind.TOPIC, TermKind.CREDENTIAL, TermKind.REGION);

        assertThat(matches).extracting(TermMatch::kind, TermMatch::value, TermMatch::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TermKind.DELIVERY, "ONLINE", "online"),
                org.assertj.core.groups.Tuple.tuple(TermKind.TOPIC, "INFANT_PARENT_PSYCHOTHERAPY", "CPP"),
                org.assertj.core.groups.Tuple.tuple(TermKind.CREDENTIAL, "CERTIFICATE", "certificate"),
                org.assertj.core.groups.Tuple.tuple(TermKind.REGION, "IN", "Indiana"));
        assertThat(query.substring(matches.get(3).start(), matches.get(3).end())).isEqualTo("Indiana");
    }

    @Test
    void theLongestTermOfAKindWins() {
        assertThat(VOCABULARY.values("Post-Graduate Certificate in Infant-Parent Mental Health", TermKind.CREDENTIAL))
                .containsExactly("POST_GRADUATE_CERTIFICATE");
        assertThat(VOCABULARY.values("Graduate Certificate in IECMH", TermKind.CREDENTIAL)).containsExactly("GRADUATE_CERTIFICATE");
    }

    @Test
    void pluralsMatchWhereTheKindAllowsThem() {
        assertThat(VOCABULARY.values("graduate certificates for home visitors", TermKind.CREDENTIAL))
                .containsExactly("GRADUATE_CERTIFICATE");
        assertThat(VOCABULARY.values("graduate certificates for home visitors", TermKind.AUDIENCE))
                .containsExactly("home visitors");
    }

    @Test
    void kindsMayOverlapButOneMeaningPerWordCanBeAskedFor() {
        List<TermMatch> all = VOCABULARY.find("Assessment with DC:0-5");
        assertThat(all).extracting(TermMatch::value).contains("DIAGNOSTIC_CLASSIFICATION", "DC");

        assertThat(Vocabulary.withoutOverlaps(all)).extracting(TermMatch::value)
                .contains("DIAGNOSTIC_CLASSIFICATION").doesNotContain("DC");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Infant Family Associate                          | ifa
            IFS                                              | ifs
            Infant Mental Health Specialist (IMHS)           | imhs
            Infant Mental Health Mentor–Clinical             | imhm-c
            Early Childhood Family Specialist                | ecfs
            Infant/Early Childhood Mental Health Specialist  | iecmhs
            Infant and Early Childhood Family Associate      | iecfa
            Endorsed Reflective Supervisor (ERS)             | ers
            Early Childhood Family Reflective Supervisor     | ers
            Infant/Early Childhood Family Reflective Supervisor (I/ECFRS) | ers
            FS                                               | ifs
            MHM                                              | imhm
            Advanced Transdisciplinary Practitioner          | ca-atp
            Advanced Transdisciplinary Infant-Family and Early Childhood Mental Health Practitioner | ca-atp
            Reflective Practice Facilitator II               | ca-rpf2
            Infant Mental Health Practitioner                | oh-imhp
            I/ECMH Credential                                | il-clinical
            Infant and Early Childhood Mental Health Credential (I/ECMH-C) | il-clinical
            """)
    void everyNamingVariantOfALevelMapsToIt(String text, String levelId) {
        assertThat(VOCABULARY.find(text, TermKind.ENDORSEMENT_LEVEL)).first().extracting(TermMatch::value).isEqualTo(levelId);
    }

    @Test
    void aMentorPageNamingAllThreeKindsIsTheMentorLevel() {
        assertThat(VOCABULARY.values("Infant Mental Health Mentor (Clinical, Policy, or Research/Faculty)",
                TermKind.ENDORSEMENT_LEVEL)).containsExactly("imhm");
    }

    @Test
    void levelsCarryTheirFamilyNumberAndTrack() {
        EndorsementLevel ecfs = VOCABULARY.level("ecfs").orElseThrow();
        assertThat(ecfs.number()).isEqualTo(2);
        assertThat(ecfs.track()).isEqualTo(Track.EARLY_CHILDHOOD);
        assertThat(VOCABULARY.level("ers").orElseThrow().addOn()).isTrue();
        assertThat(VOCABULARY.family("ohio").orElseThrow().credential().name()).isEqualTo("ENDORSEMENT");
        assertThat(VOCABULARY.family("alliance").orElseThrow().nameSuffix()).isEqualTo("Endorsement");
        assertThat(VOCABULARY.family("california").orElseThrow().nameSuffix()).isNull();
        assertThat(VOCABULARY.levelByNumber("alliance", 3, Track.INFANT)).map(EndorsementLevel::name)
                .hasValue("Infant Mental Health Specialist");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Infant Family Specialist (Level II)   | Level     | 2
            Category IV                           | Category  | 4
            Tier 3 requirements                   | Tier      | 3
            Pathway I                             | Pathway   | 1
            Level One                             | Level     | 1
            """)
    void numberedLevelsAreRead(String text, String word, int number) {
        assertThat(VOCABULARY.levelNumbers(text)).singleElement().satisfies(n -> {
            assertThat(n.word()).isEqualTo(word);
            assertThat(n.number()).isEqualTo(number);
        });
    }

    @Test
    void levelWordsWithoutANumberAreNotLevels() {
        assertThat(VOCABULARY.levelNumbers("a high level of skill in infant care")).isEmpty();
    }

    @Test
    void citiesKnowTheirStates() {
        assertThat(VOCABULARY.regionsOfCity("Portland")).containsExactly("OR", "ME");
        assertThat(VOCABULARY.values("workshops in Grand Rapids", TermKind.CITY)).containsExactly("Grand Rapids");
    }

    @Test
    void fieldLabelsNameWhatTheirValueHolds() {
        assertThat(VOCABULARY.values("Reflective Supervision/Consultation", TermKind.FIELD_LABEL)).contains("reflectiveSupervision");
        assertThat(VOCABULARY.values("Application deadline", TermKind.FIELD_LABEL)).containsExactly("deadline");
    }

    @Test
    void aBadVocabularyFileIsRefusedWithEveryProblem() {
        String yaml = """
                version: 1
                pluralKinds: [credential]
                education: {MASTERZ: [masters]}
                credential: {}
                delivery: {}
                topic: {}
                component: {}
                track: {}
                audience: {}
                fieldLabel: {}
                endorsement: {levelWords: [Level], families: {}, levels: [{id: x, family: nowhere, name: X, terms: [X]}]}
                region: {Mich: [Michigan]}
                city: {}
                """;
        assertThatThrownBy(() -> Vocabulary.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yml"))
                .hasMessageContaining("bad.yml")
                .hasMessageContaining("education.MASTERZ")
                .hasMessageContaining("unknown family 'nowhere'")
                .hasMessageContaining("region.Mich");
    }
}
