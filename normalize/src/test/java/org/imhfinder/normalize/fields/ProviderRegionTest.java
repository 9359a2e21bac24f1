package org.imhfinder.normalize.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.schema.ProviderType.NONPROFIT;
import static org.imhfinder.schema.ProviderType.UNIVERSITY;

import java.util.List;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderRegionTest {
    private final ProviderRegion regions = new ProviderRegion(Vocabulary.standard(), new LocationReader(Vocabulary.standard()));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kansas Association for Infant & Early Childhood Mental Health                        | KS
            Association of Infant Mental Health in Tennessee                                     | TN
            Alaska Infant and Early Childhood Mental Health Association (AK-AIMH)                | AK
            University of Colorado Anschutz - Irving Harris Program                              | CO
            West Virginia Infant/Toddler Mental Health Association                               | WV
            Virginia Association for Infant Mental Health (VAIMH)                                | VA
            First 5 Alabama (Alabama Association for Infant and Early Childhood Mental Health)   | AL
            New Mexico Association for Infant Mental Health                                      | NM
            MI-AIMH                                                                              | MI
            The NJ-AIMH Endorsement Program                                                      | NJ
            Washington State University                                                          | WA
            """)
    void aProviderNamedAfterItsStateIsInThatState(String name, String region) {
        assertThat(regions.fromName(name)).map(ProviderRegion.Reading::region).hasValue(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZERO TO THREE", "Erikson Institute", "LA County DMH + UCLA Early Childhood Fellowship",
            "Georgetown University", "Kansas City Infant Mental Health Collaborative", "Alliance for the Advancement of Infant Mental Health",
            "Minnesota and Wisconsin Infant Mental Health Network",
            "XX-AIMH", "Portland Infant Collaborative", "Columbia University", "Mobile Crisis Services for Families"})
    void aNameWithoutExactlyOneStateSpelledOutSaysNothing(String name) {
        assertThat(regions.fromName(name)).isEmpty();
    }

    @Test
    void theNameComesBeforeTheAddressAndTheAddressBeforeThePage() {
        assertThat(regions.of("Nebraska Babies", NONPROFIT, List.of("Chicago, IL 60601"), "Sessions meet in Denver, CO."))
                .hasValue(new ProviderRegion.Reading("NE", ProviderRegion.Clue.NAME, "Nebraska Babies"));
        assertThat(regions.of("Erikson Institute", UNIVERSITY, List.of("Chicago, Illinois 60654"), "Sessions meet in Denver, CO."))
                .hasValue(new ProviderRegion.Reading("IL", ProviderRegion.Clue.POSTAL_ADDRESS, "Chicago, Illinois 60654"));
        assertThat(regions.of("JF&CS", NONPROFIT, List.of(), "The training meets at our offices in Waltham, MA."))
                .hasValue(new ProviderRegion.Reading("MA", ProviderRegion.Clue.PLACE_ON_PAGE, "Waltham, MA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Fellowship is the nation's longest-running fellowship for infant-family professionals.",
            "We are a national nonprofit focused on babies and toddlers.",
            "Bringing DC:0-5 to your state or agency."})
    void aNationalProviderHasNoStateWhateverItsAddress(String page) {
        assertThat(regions.of("ZERO TO THREE", NONPROFIT, List.of("Washington, DC 20037"), page)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A nationally recognized certificate.", "Consultants from across the country enrol online.",
            "We are a national organization."})
    void neitherANationallyRecognisedCredentialNorAUniversityWithNationalCohortsIsANationalProvider(String page) {
        assertThat(regions.of("Harbor University", UNIVERSITY, List.of("Montclair, NJ 07043"), page))
                .map(ProviderRegion.Reading::region).hasValue("NJ");
        assertThat(regions.of("Harbor Family Services", NONPROFIT, List.of("Montclair, NJ 07043"), "Consultants from across the country."))
                .map(ProviderRegion.Reading::region).hasValue("NJ");
    }

    @Test
    void citiesOfSeveralStatesOnAPageSayNothing() {
        assertThat(regions.fromPage("Our graduates work in Boston, MA and Chicago, IL.")).isEmpty();
        assertThat(regions.fromPage("Serving families in Wisconsin and Minnesota.")).isEmpty();
    }
}
