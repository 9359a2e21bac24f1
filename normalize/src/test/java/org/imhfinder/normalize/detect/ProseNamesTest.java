package org.imhfinder.normalize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProseNamesTest {
    private final ProseNames prose = new ProseNames(Vocabulary.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Offers a Postdoctoral Fellowship and a Community Fellowship in Infant and Early Childhood Mental Health, alongside clinical services. | Postdoctoral Fellowship in Infant and Early Childhood Mental Health; Community Fellowship in Infant and Early Childhood Mental Health
            Trains child psychiatrists through its Infant Psychiatry Fellowship and administers consultation. | Infant Psychiatry Fellowship
            Offers the Certificate Program in Infant and Early Childhood Mental Health Consultation for mental health professionals. | Certificate Program in Infant and Early Childhood Mental Health Consultation
            The Harris Fellowship in Child Development and Early Childhood Education, a partnership with a day care center. | Harris Fellowship in Child Development and Early Childhood Education
            Among them are institutions offering pre- and post-doctoral fellowships, specialized programs and certificates. |
            An interdisciplinary home visiting model in which a nurse and a social worker support young parents. |
            """)
    void programsAreNamedInASentenceByACapitalisedCredential(String sentence, String names) {
        assertThat(prose.find(sentence)).containsExactlyElementsOf(
                names == null ? java.util.List.of() : Arrays.stream(names.split(";")).map(String::trim).toList());
    }
}
