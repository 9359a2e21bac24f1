package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyEnrichmentTest {
    private final VocabularyEnrichment enrichment = new VocabularyEnrichment(Vocabulary.standard());

    @ParameterizedTest(name = "\"{0}\" means {1} and leaves \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "online certificate infant-parent psychotherapy Colorado | delivery:ONLINE credential:CERTIFICATE topic:INFANT_PARENT_PSYCHOTHERAPY region:CO | -",
            "CPP training in Indiana                               | topic:INFANT_PARENT_PSYCHOTHERAPY region:IN | -",
            "endorsement IN                                         | credential:ENDORSEMENT region:IN | -",
            "infant mental health in michigan                       | region:MI | infant mental health",
            "programs for someone with a bachelor's                 | education:BACHELORS | -",
            "bachelor's                                             | education:BACHELORS | -",
            "master's degree in infant mental health                | credential:DEGREE | infant mental health",
            "how do I get endorsed in New Mexico                    | credential:ENDORSEMENT region:NM | -",
            "in-person reflective supervision                       | delivery:IN_PERSON topic:REFLECTIVE_PRACTICE | -",
            "attachment                                             | topic:ATTACHMENT | -",
            "infant family specialist                               | level:ifs | -",
            "\\\" AND (                                              | - | \\\" AND ("})
    void aQueryIsReadAsConceptsAndRemainingWords(String q, String concepts, String text) {
        Interpretation meaning = enrichment.interpret(q);

        List<String> found = meaning.concepts().stream().map(Concept::clauseName).toList();
        assertThat(found).containsExactlyElementsOf(concepts == null ? List.of() : List.of(concepts.split(" ")));
        assertThat(meaning.text()).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void wordsWithTwoMeaningsMatchEither() {
        Concept concept = enrichment.interpret("reflective supervision").concepts().get(0);

        assertThat(concept.alternatives()).extracting(Concept::clauseName).containsExactly("component:REFLECTIVE_SUPERVISION");
    }

    @ParameterizedTest
    @CsvSource({"Colorado, Colorado", "CO, Colorado", "CPP, child-parent psychotherapy", "online, virtual"})
    void aConceptCarriesThePhrasesAPageMayUse(String q, String phrase) {
        Concept concept = enrichment.interpret(q).concepts().get(0);

        assertThat(concept.phrases()).contains(phrase);
    }
}
