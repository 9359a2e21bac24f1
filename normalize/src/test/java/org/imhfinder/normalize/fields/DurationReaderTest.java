package org.imhfinder.normalize.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationReaderTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            It is a nine-month program of foundational training.                          | nine months
            GA-AIMH trains cohorts through an 18-month learning collaborative.            | 18 months
            The 14 Month Program Overview: August 2023                                    | 14 months
            The certificate takes 2 years to complete.                                    | 2 years
            Retreats are held over the two years of the Fellowship.                       | two years
            Participants meet on Zoom, over three days.                                   | three days
            Participants join consultation calls with a national trainer for 18 months.   | 18 months
            The credential is a yearlong, relationship-based professional development process. | yearlong
            The program is one year long.                                                 | one year
            """)
    void aLengthSaidOfTheProgramIsItsDuration(String sentence, String duration) {
        assertThat(DurationReader.read(sentence)).hasValue(duration);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The program is for professionals with two years of paid work experience.",
            "Three years of post-graduate experience providing reflective supervision in a program.",
            "Endorsement is renewed every two years through the program.",
            "The credential is awarded for three years.",
            "Minimum 24 clock hours within a 12-month to 24-month time period",
            "Emerging applicants may take up to 2 years to complete the program requirements.",
            "The program serves children from birth to 36 months.",
            "Applicants have worked for 2 years in the field.",
            "Our graduates have served families for 20 years."})
    void aLengthOfSomethingElseIsNot(String sentence) {
        assertThat(DurationReader.read(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 year     | 1 year
            18 months  | 18 months
            2 Years    | 2 years
            """)
    void aTextThatIsOnlyALengthIsOne(String text, String duration) {
        assertThat(DurationReader.only(text)).hasValue(duration);
    }
}
