package org.imhfinder.normalize.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.FieldProvenance;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Track;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingIdentityTest {
    private final ListingIdentity identity = new ListingIdentity(Vocabulary.standard());

    private static ProgramListing listing(String name, String level) {
        return ProgramListing.builder().name(name).level(level).sourceUrl("https://x/a").trainingHours(30).build();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Infant Family Specialist Endorsement (Category II) | Infant Family Specialist (Category II) | IFS - Level 2 | Infant Family Specialist (Level II)
            Graduate Certificate in Infant & Early Childhood Mental Health | | Infant and Early Childhood Mental Health Graduate Certificate |
            The Early Relational Health Fellowship Program | | Early Relational Health Fellowship |
            """)
    void rewordingANameOrItsLevelKeepsTheId(String nameA, String levelA, String nameB, String levelB) {
        assertThat(identity.idOf("src", listing(nameA, levelA))).isEqualTo(identity.idOf("src", listing(nameB, levelB)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiterString = " => ", textBlock = """
            IECMH CERTIFICATE PROGRAM Requirements => IECMH Certificate Program
            Welcome to the Early Relational Health Fellowship => Early Relational Health Fellowship
            copy-of-infant-mental-health-training => Infant Mental Health Training
            Consultant Training Program 2024 – 2025 => Consultant Training Program
            DC:0-5™ Clinical Training Overview => DC:0-5 Clinical Training
            DC:0-5 Clinical Training – Register Now => DC:0-5 Clinical Training
            """)
    void aHeadingAndTheNameItIsDisplayedAsHaveOneId(String heading, String display) {
        assertThat(identity.idOf("src", listing(display, null))).isEqualTo(identity.idOf("src", listing(heading, null)));
    }

    @Test
    void aLevelKeepsItsIdWhateverFormItsNameIsShownIn() {
        String level = "Infant Family Specialist (Category II)";
        assertThat(identity.idOf("src", listing("Infant Family Specialist Endorsement (Category II)", level)))
                .isEqualTo(identity.idOf("src", listing("Category II: Infant Family Specialist", level)));
    }

    @Test
    void mentorDesignationsTheVocabularyHasNoLevelForAreThreePrograms() {
        String level = "Infant/Early Childhood Mental Health Mentor";
        String clinical = identity.idOf("src", listing("Infant/Early Childhood Mental Health Mentor - Clinical Endorsement", level));
        String policy = identity.idOf("src", listing("Infant/Early Childhood Mental Health Mentor - Policy Endorsement", level));
        String whole = identity.idOf("src", listing("Infant/Early Childhood Mental Health Mentor Endorsement", level));

        assertThat(java.util.Set.of(clinical, policy, whole)).hasSize(3);
        assertThat(whole).isEqualTo(identity.idOf("src", listing("I/ECMHM", level)));
    }

    @Test
    void theAddOnOnTheEarlyChildhoodTrackIsAProgramBesideTheInfantOne() {
        ProgramListing infant = listing("Endorsed Reflective Supervisor", "Endorsed Reflective Supervisor").toBuilder()
                .track(Track.INFANT).build();
        ProgramListing early = infant.toBuilder().track(Track.EARLY_CHILDHOOD).build();

        assertThat(identity.idOf("src", early)).isNotEqualTo(identity.idOf("src", infant));
        assertThat(identity.idOf("src", infant)).isEqualTo(identity.idOf("src", infant.toBuilder().track(null).build()));
    }

    @Test
    void theIdDependsOnTheSourceAndTheProgramNeverOnTheUrl() {
        ProgramListing here = listing("Infant Family Specialist", "Infant Family Specialist");
        ProgramListing moved = here.toBuilder().sourceUrl("https://elsewhere/b").build();

        assertThat(identity.idOf("src", moved)).isEqualTo(identity.idOf("src", here)).matches("prg-[0-9a-f]{24}");
        assertThat(identity.idOf("other", here)).isNotEqualTo(identity.idOf("src", here));
        assertThat(identity.idOf("src", listing("Infant Mental Health Specialist", "Infant Mental Health Specialist")))
                .isNotEqualTo(identity.idOf("src", here));
    }

    @Test
    void theContentHashCoversNormalizedFieldsOnly() {
        ProgramListing one = listing("IFS", "Infant Family Specialist");
        ProgramListing sameContent = one.toBuilder().id("prg-x").sourceUrl("https://moved/").crawlId("c2")
                .fetchedAt(Instant.now()).provenance(Map.of("name", new FieldProvenance(ExtractionMethod.TEXT, 0.5, "e"))).build();

        assertThat(ListingIdentity.contentHashOf(sameContent)).isEqualTo(ListingIdentity.contentHashOf(one));
        assertThat(ListingIdentity.contentHashOf(one.toBuilder().trainingHours(32).build()))
                .isNotEqualTo(ListingIdentity.contentHashOf(one));
    }
}
