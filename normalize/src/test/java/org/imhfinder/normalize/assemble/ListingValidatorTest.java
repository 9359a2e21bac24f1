package org.imhfinder.normalize.assemble;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imhfinder.schema.Location;
import org.imhfinder.schema.ProgramListing;
import org.junit.jupiter.api.Test;

class ListingValidatorTest {
    private final ListingValidator validator = new ListingValidator();
    private final ProgramListing valid = ProgramListing.builder().id("prg-0123456789abcdef01234567").sourceId("mi-aimh")
            .sourceUrl("https://x/").name("Infant Family Specialist").trainingHours(30).build();

    @Test
    void aValidListingPasses() {
        assertThatCode(() -> validator.check(valid)).doesNotThrowAnyException();
    }

    @Test
    void everyProblemOfAnInvalidListingIsNamed() {
        ProgramListing invalid = valid.toBuilder().name(" ").trainingHours(-3).yearsExperience(99.0)
                .location(new Location(null, "Michigan", "US", null)).build();

        assertThatThrownBy(() -> validator.check(invalid)).isInstanceOf(InvalidListingException.class)
                .hasMessageContaining("name is missing").hasMessageContaining("trainingHours out of range: -3")
                .hasMessageContaining("yearsExperience out of range").hasMessageContaining("location.region");
    }
}
