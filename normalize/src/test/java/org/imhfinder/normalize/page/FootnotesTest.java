package org.imhfinder.normalize.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootnotesTest {
    private static final String PAGE = String.join("\n",
            "Education | CDA or Associate's degree*",
            "Work | 2 years of paid work* **",
            "* Either the education requirement OR the work requirement.",
            "** Volunteer work may count.",
            "^ 33 clock hours of training are required.",
            "Total: 5 * 6 = 30");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CDA or Associate's degree*      | CDA or Associate's degree*; Either the education requirement OR the work requirement.
            2 years of paid work* **        | 2 years of paid work* **; Either the education requirement OR the work requirement.; Volunteer work may count.
            33 clock hours^                 | 33 clock hours^; 33 clock hours of training are required.
            Master's degree                 | Master's degree
            """)
    void aMarkedValueIsReadWithItsNote(String value, String expected) {
        assertThat(Footnotes.in(PAGE).withNotes(value)).isEqualTo(expected);
    }
}
