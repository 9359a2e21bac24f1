package org.imhfinder.normalize.text;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Literals.containsAny(text, "day", "week", "month", "year", "semester")).isEqualTo(found);
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
}
