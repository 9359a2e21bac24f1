package org.imhfinder.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingBoundsTest {
    @ParameterizedTest(name = "{0} = {1} -> within: {2}")
    @CsvSource(delimiter = '|', value = {
            "trainingHours | 0 | true",
            "trainingHours | 5000 | true",
            "trainingHours | -5 | false",
            "trainingHours | 5001 | false",
            "reflectiveSupervisionHours | 24 | true",
            "reflectiveSupervisionHours | -1 | false",
            "yearsExperience | 2.5 | true",
            "yearsExperience | 30 | true",
            "yearsExperience | 30.5 | false",
            "yearsExperience | -0.5 | false",
            "cost | -5 | true"})
    void numbersStayWithinWhatARealProgramAsks(String field, double value, boolean within) {
        Object typed = field.equals("yearsExperience") ? (Object) value : (Object) (int) value;

        assertThat(ListingBounds.problem(field, typed).isEmpty()).isEqualTo(within);
    }

    @ParameterizedTest(name = "{0} -> within: {1}")
    @CsvSource(delimiter = '|', value = {"2026-09-01 | true", "2000-01-01 | true", "2100-12-31 | true", "1999-12-31 | false",
            "2101-01-01 | false", "+999999999-12-31 | false", "next spring | false"})
    void aDeadlineIsADateOfThisCenturyOrSo(String value, boolean within) {
        assertThat(ListingBounds.problem("applicationDeadline", value).isEmpty()).isEqualTo(within);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NaN", "Infinity", "1e12"})
    void aNumberThatIsNoNumberOfHoursIsOutOfBounds(double value) {
        assertThat(ListingBounds.problem("yearsExperience", value)).isPresent();
        assertThat(ListingBounds.problem("trainingHours", 33.5)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void aListingNamesEveryFieldOutOfBounds() {
        ProgramListing listing = ProgramListing.builder().id("prg-1").name("x").trainingHours(-5).yearsExperience(99.0)
                .applicationDeadline(LocalDate.of(3000, 1, 1)).build();

        assertThat(ListingBounds.problems(listing)).hasSize(3).anyMatch(p -> p.startsWith("trainingHours"))
                .anyMatch(p -> p.startsWith("yearsExperience")).anyMatch(p -> p.startsWith("applicationDeadline"));
    }
}
