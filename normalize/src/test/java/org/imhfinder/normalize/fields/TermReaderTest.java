package org.imhfinder.normalize.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermReaderTest {
    private final TermReader terms = new TermReader(Vocabulary.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Online, with two synchronous weekend intensives                    | ONLINE
            trainings are offered in person in Lansing and online              | HYBRID
            Three on-campus retreats and monthly remote seminars               | HYBRID
            Blended                                                            | HYBRID
            In person · 1 year                                                 | IN_PERSON
            """)
    void deliveryIsHybridWhenBothWaysAreStated(String text, Delivery delivery) {
        assertThat(terms.delivery(text)).hasValue(delivery);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Post-Graduate Certificate in Infant-Parent Mental Health            | POST_GRADUATE_CERTIFICATE
            Infant and Early Childhood Mental Health Graduate Certificate       | GRADUATE_CERTIFICATE
            Early Relational Health Fellowship                                  | FELLOWSHIP
            Child-Parent Psychotherapy Learning Collaborative                   | COURSE
            Infant Mental Health Dual-Title PhD                                 | DEGREE
            Infant Family Specialist Endorsement                                | ENDORSEMENT
            """)
    void theMostSpecificCredentialOfANameWins(String name, Credential credential) {
        assertThat(terms.credential(name)).hasValue(credential);
    }

    @Test
    void aWaivedOrProvidedComponentIsNotAPartOfTheProgram() {
        assertThat(terms.components("Reflective supervision: recommended, not required")).isEmpty();
        assertThat(terms.components("Two years providing reflective supervision to others")).isEmpty();
        assertThat(terms.components("16 hours of training in reflective supervision")).isEmpty();
        assertThat(terms.components("Each student receives biweekly reflective supervision"))
                .containsExactly(ProgramComponent.REFLECTIVE_SUPERVISION);
        assertThat(terms.components("a written examination is required")).containsExactly(ProgramComponent.EXAM);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Education:                              | education
            Reflective Supervision/Consultation     | reflectiveSupervision
            RS/C                                    | reflectiveSupervision
            Hours of specialized training           | training
            Who should apply                        | audience
            Application deadline                    | deadline
            Work                                    | experience
            """)
    void aLabelNamesWhatItsValueHolds(String label, String group) {
        assertThat(terms.label(label)).hasValue(group);
    }

    @Test
    void aLongPhraseContainingALabelWordIsNotALabel() {
        assertThat(terms.label("Our staff have years of experience working with families across the state")).isEmpty();
    }
}
