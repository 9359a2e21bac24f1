package org.imhfinder.normalize.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            March 1, 2027                          | 2027-03-01
            Applications are due Mar. 1st, 2027.   | 2027-03-01
            1 March 2027                           | 2027-03-01
            2027-03-01                             | 2027-03-01
            3/1/2027                               | 2027-03-01
            Sept 15, 2026                          | 2026-09-15
            """)
    void usDatesReadAsIsoDates(String text, LocalDate date) {
        assertThat(DateReader.read(text)).hasValue(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 1", "February 30, 2027", "spring 2027", "rolling admissions"})
    void aDateWithoutAYearOrThatDoesNotExistIsNotRead(String text) {
        assertThat(DateReader.read(text)).isEmpty();
    }
}
