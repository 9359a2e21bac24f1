package org.imhfinder.indexer.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.override;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.ProgramListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverridesTest {
    private static final ProgramListing LISTING = listing("prg-1", "https://mi-aimh.org/e/", T0);

    @Test
    void anOverrideReplacesTheExtractedValueAndSaysACuratorSetIt() {
        CurationDecision decision = override("prg-1", Map.of("cost", "$310", "location.region", "OH"), T0);

        ObjectNode shown = Overrides.apply(LISTING, CurationView.of(List.of(decision)));

        assertThat(shown.path("cost").asText()).isEqualTo("$310");
        assertThat(shown.path("location").path("region").asText()).isEqualTo("OH");
        assertThat(shown.path("location").path("city").asText()).isEqualTo("Southfield");
        assertThat(shown.path("provenance").path("cost").path("method").asText()).isEqualTo("CURATOR");
    }

    @Test
    void theLatestOverrideOfAFieldWins() {
        CurationDecision first = override("prg-1", Map.of("cost", "$310"), T0);
        CurationDecision second = override("prg-1", Map.of("cost", "$320"), T0.plusSeconds(1));

        assertThat(Overrides.apply(LISTING, CurationView.of(List.of(first, second))).path("cost").asText()).isEqualTo("$320");
    }

    @Test
    void aNullOverrideMakesTheFieldUnknown() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("cost", null);

        assertThat(Overrides.apply(LISTING, CurationView.of(List.of(override("prg-1", fields, T0)))).has("cost")).isFalse();
    }

    @ParameterizedTest(name = "overriding {0} with {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "id | prg-2 | cannot be overridden",
            "fetchedAt | 2025-01-01T00:00:00Z | cannot be overridden",
            "colour | red | not a ProgramListing field",
            "trainingHours | many | does not fit a listing",
            "credential | DIPLOMA | does not fit a listing",
            "applicationDeadline | next spring | does not fit a listing",
            "trainingHours | -5 | from 0 to 5000",
            "reflectiveSupervisionHours | 100000 | from 0 to 5000",
            "yearsExperience | 400 | from 0 to 30",
            "applicationDeadline | +999999999-01-01 | years 2000 to 2100"})
    void anOverrideThatDoesNotFitIsRefusedWithTheField(String field, String value, String reason) {
        CurationDecision decision = override("prg-1", Map.of(field, value), T0);

        assertThatThrownBy(() -> Overrides.check(decision, LISTING))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining(field)
                .hasMessageContaining(reason);
    }

    @Test
    void aFittingOverridePassesTheCheck() {
        Overrides.check(override("prg-1", Map.of("trainingHours", 40, "applicationDeadline", "2025-09-01"), T0), LISTING);
    }
}
