package org.imhfinder.normalize.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredHoursTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30 clock hours                                                                        | 30
            thirty contact hours of training                                                      | 30
            30 learning hours                                                                     | 30
            60 documented hours (at least 48 individual)                                          | 60
            24-48 hours of training                                                               | 24
            about 300 hours                                                                       | 300
            Minimum 30 hours, average 40 hours of in-service training                             | 30
            A minimum of 24 clock hours within a 12-month to 24-month period                      | 24
            14 hours of seminars plus 6 hours of observation                                      | 20
            15 clock hours of relationship-based training plus 15 clock hours of training about providing RS/C | 30
            30 hours on mental health plus 15 hours on providing reflective supervision plus 3 hours on equity | 48
            14 hours of seminars plus 6.                                                          | 20
            12 hours (over the course of 3 days) and 4 hours of Reflective Consultation           | 12
            12 hours of training plus 4 hours of reflective consultation                          | 12
            30 hours of training plus 2 years of experience                                       | 30
            Minimum 48 hours: 30 hours plus 15 hours plus 3 hours Minimum 33 hours: 30 hours plus 3 hours | 33
            a minimum of 30 hours of training and a minimum of 24 hours of reflective supervision | 30
            a 12-hour workshop                                                                    | 12
            a minimum of 30 in-service training hours                                             | 30
            thirty (30) clock hours                                                               | 30
            forty-eight hours of training                                                         | 48
            a minimum of 1,000 hours of supervised practice                                       | 1000
            30 hours to apply; 15 hours each year to renew                                        | 30
            24 clock hours of reflective supervision within a year                                | 24
            15 hours of continuing education a year. Initial endorsement: 30 clock hours           | 30
            """)
    void theRequirementIsTheMinimumTheSumOrTheFirstHours(String text, int hours) {
        assertThat(RequiredHours.of(text)).hasValue(hours);
    }

    @ParameterizedTest
    @ValueSource(strings = {"21 credit hours", "12 semester hours of graduate coursework", "2 years\nHours", "recommended, not required",
            "15 clock hours per year to renew", "Annual renewal: 15 hours"})
    void creditsAndOtherUnitsAreNeverHours(String text) {
        assertThat(RequiredHours.of(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            12 hours (over the course of 3 days) and 4 hours of Reflective Consultation | 12
            About 20 hours over six weeks                                               | 20
            Ten months of weekly classes                                                | -
            4 hours of reflective consultation                                          | -
            Two semesters; 30 hours of practicum                                        | -
            """)
    void aLengthInHoursIsACoursesTraining(String length, Integer hours) {
        assertThat(RequiredHours.lengthInHours(length).orElse(null)).isEqualTo(hours);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Clinical path: 50 clock hours within one to two years. Policy paths: encouraged, not required. | true
            Minimum 50 clock hours within one to two years Not required Not required                       | true
            50 clock hours (Clinical); recommended for Policy and Research/Faculty                         | false
            50 clock hours within 1-2 years (Clinical only)                                                | false
            Not required                                                                                    | false
            """)
    void hoursExplicitlyWaivedForSomePathsLeaveNoMinimum(String text, boolean waived) {
        assertThat(RequiredHours.waivedForSome(text)).isEqualTo(waived);
    }
}
