package org.imhfinder.searchapi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.imhfinder.schema.Json;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private static final JsonNode CATALOGUE = Json.mapper().valueToTree(new Catalogue(Vocabulary.standard()).document());

    private static JsonNode field(String name) {
        for (JsonNode field : CATALOGUE.path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name);
    }

    @Test
    void eachFieldSaysHowAFormAsksForIt() {
        assertThat(field("minimumEducation").toString()).contains("\"type\":\"enum\"", "\"values\":\"Education\"",
                "\"label\":\"Minimum education\"", "\"overridable\":true");
        assertThat(field("trainingHours").toString()).contains("\"type\":\"integer\"", "\"minimum\":0", "\"maximum\":5000");
        assertThat(field("yearsExperience").path("type").asText()).isEqualTo("number");
        assertThat(field("applicationDeadline").toString()).contains("\"type\":\"date\"", "\"minimum\":\"2000-01-01\"",
                "\"maximum\":\"2100-12-31\"");
        assertThat(field("topics").toString()).contains("\"type\":\"enumList\"", "\"values\":\"Topic\"");
        assertThat(field("audience").path("type").asText()).isEqualTo("textList");
        assertThat(field("location").path("members").toString()).contains("\"label\":\"State\"", "\"values\":\"region\"")
                .doesNotContain("point");
        assertThat(field("id").path("overridable").asBoolean()).isFalse();
    }

    @Test
    void bookkeepingIsNotInTheCatalogue() {
        assertThat(CATALOGUE.path("fields").toString()).doesNotContain("contentHash", "crawlId", "fetchedAt", "schemaVersion");
    }

    @Test
    void everyValueHasItsWordsAndStatesTheirNames() {
        JsonNode values = CATALOGUE.path("values");
        assertThat(values.path("Education").path("NONE").asText()).isEqualTo("None required");
        assertThat(values.path("ListingEventKind").path("CONTENT_CHANGED").asText()).isEqualTo("Its details changed");
        assertThat(values.path("region").path("DC").asText()).isEqualTo("District of Columbia");
        assertThat(values.path("region").path("WA").asText()).isEqualTo("Washington");
        assertThat(values.path("region").size()).isEqualTo(52); // 50 states, DC and Puerto Rico
    }
}
