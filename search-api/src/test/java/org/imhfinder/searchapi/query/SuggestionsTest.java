package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.imhfinder.schema.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cut program name     | Infant Mental Health Specialist Endorsement (Categ | Infant Mental Health Specialist Endorsement (Category III)
            cut provider name    | Heartland Association for Infant and Early Childho | Heartland Association for Infant and Early Childhood Mental Health
            no listing name      | Infancy Onward                                     | Infancy Onward
            """)
    void aSuggestionIsTheWholeNameTheOptionBegins(String what, String optionText, String whole) throws Exception {
        JsonNode option = Json.mapper().readTree("{\"text\":\"" + optionText + "\",\"_source\":{"
                + "\"name\":\"Infant Mental Health Specialist Endorsement (Category III)\","
                + "\"provider\":{\"name\":\"Heartland Association for Infant and Early Childhood Mental Health\"}}}");

        assertThat(Suggestions.whole(option)).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"infa", "heartland assoc"})
    void theSuggestionAsksForTheNamesThemselves(String prefix) {
        assertThat(Suggestions.body(prefix, 8).path("_source").toString()).isEqualTo("{\"includes\":[\"name\",\"provider.name\"]}");
    }
}
