package org.imhfinder.normalize.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.schema.Education;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EducationReaderTest {
    private final EducationReader reader = new EducationReader(Vocabulary.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BSW                                                                                  | BACHELORS
            Bachelor of Arts in psychology                                                       | BACHELORS
            bachelor's-prepared nurses                                                           | BACHELORS
            Bachelor's degree (BA, BS or BSW) or higher in a related field                       | BACHELORS
            MSW, MA, licensed clinician                                                          | MASTERS
            Master's or doctoral degree                                                          | MASTERS
            Master's degree and independent license (LISW, LPCC, LIMFT or psychologist)         | MASTERS
            CDA                                                                                  | CDA
            CDA or associate's degree, or two years of paid work experience with infants         | NONE
            High school diploma or GED; a CDA or associate's degree is preferred                 | NONE
            None required; a CDA is encouraged                                                   | NONE
            No degree required. A CDA or associate's degree is welcome.                          | NONE
            Associate or bachelor's degree in a related field                                    | ASSOCIATE
            Doctorate (PhD or PsyD)                                                              | DOCTORAL
            CDA or Associate's degree or two years early childhood experience                    | NONE
            Any academic degree OR CDA OR Associate's degree OR Two years of childhood-related paid work experience | NONE
            CDA or Associate's degree*; Applicants meet either the education requirement OR the work requirement | NONE
            Staff who have not earned a bachelor's degree. Candidates hold an associate's degree in early childhood. | ASSOCIATE
            """)
    void theMinimumIsTheLowestRequiredOption(String text, Education expected) {
        assertThat(reader.read(text)).hasValue(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Applicants meet either the education requirement OR the work requirement; not both    | true
            either the work requirement or the degree requirement                                 | true
            Bachelor's degree and two years of work experience                                    | false
            """)
    void educationOrWorkMeansNeitherIsRequired(String text, boolean either) {
        assertThat(EducationReader.educationOrWork(text)).isEqualTo(either);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30 clock hours", "Infant Family Associate", "two years of leadership", ""})
    void aTextNamingNoEducationHasNone(String text) {
        assertThat(reader.read(text)).isEmpty();
    }
}
