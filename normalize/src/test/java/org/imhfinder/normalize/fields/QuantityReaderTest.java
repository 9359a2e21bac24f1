package org.imhfinder.normalize.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityReaderTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30 clock hours                                    | 30
            24 hours of RS/C within one to two years          | 24
            50 hours (Clinical)                               | 50
            a 12-hour workshop                                | 12
            thirty hours of training                          | 30
            """)
    void hoursAreTheFirstNumberOfHours(String text, int hours) {
        assertThat(QuantityReader.hours(text)).hasValue(hours);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            two years of paid work                            | 2.0
            1-2 years                                         | 1.0
            one to two years                                  | 1.0
            18 months                                         | 1.5
            Three years of leadership                         | 3.0
            """)
    void yearsAreTheLowEndOfTheFirstSpan(String text, double years) {
        assertThat(QuantityReader.years(text)).hasValue(years);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a 12-month program                                | 12 months
            In person · 1 year                                | 1 year
            an 18 month learning collaborative                | 18 months
            """)
    void aSpanReadsAsAPlainLength(String text, String span) {
        assertThat(QuantityReader.span(text)).hasValue(span);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            two years of paid work                                            | 2.0
            Three years post-Master's leadership                              | 3.0
            Two years in the infant, early childhood and family field         | 2.0
            at least 5 years of experience after the graduate degree          | 5.0
            """)
    void experienceIsYearsSaidToBeOfWork(String text, double years) {
        assertThat(QuantityReader.experienceYears(text)).hasValue(years);
    }

    @Test
    void aLengthOfCommitmentIsNoExperience() {
        assertThat(QuantityReader.experienceYears("working in agencies; commit to their participation for the full 18 months")).isEmpty();
    }

    @Test
    void aTextWithoutNumbersHasNoQuantity() {
        assertThat(QuantityReader.hours("recommended, not required")).isEmpty();
        assertThat(QuantityReader.years("post-graduate work")).isEmpty();
    }
}
