package org.imhfinder.searchapi.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.request.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionRequestTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void anOverrideKeepsTypedValuesInTheirCanonicalForm() {
        DecisionRequest request = DecisionRequest.parse("{\"action\":\"override\",\"note\":\" fixed \",\"fields\":{"
                + "\"trainingHours\":33,\"applicationDeadline\":\"2026-09-01\",\"topics\":[\"TRAUMA\"],\"cost\":null}}", CLOCK);

        assertThat(request.action()).isEqualTo(CurationAction.OVERRIDE);
        assertThat(request.note()).isEqualTo("fixed");
        assertThat(request.fields()).containsEntry("trainingHours", 33).containsEntry("applicationDeadline", "2026-09-01")
                .containsEntry("cost", null);
    }

    @Test
    void theDecisionNamesTheCuratorAndTheTime() {
        CurationDecision decision = DecisionRequest.parse("{\"action\":\"SNOOZE\",\"until\":\"2026-05-02\"}", CLOCK)
                .toDecision("prg-1", "curator-abc", CLOCK.instant());

        assertThat(decision.decisionId()).startsWith("dec-");
        assertThat(decision.until()).isEqualTo(LocalDate.parse("2026-05-02"));
        assertThat(Json.read(Json.write(decision), CurationDecision.class)).isEqualTo(decision);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"action\":\"SNOOZE\",\"until\":\"2026-05-01\"} | 'until'",
            "{\"action\":\"RETIRE\",\"note\":5} | 'note'",
            "{\"action\":\"CONFIRM\",\"fields\":{}} | 'fields'",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"freshness\":{}}} | 'fields.freshness'",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"yearsExperience\":\"two\"}} | 'fields.yearsExperience'",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"topics\":[\"CATS\"]}} | 'fields.topics'",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"location\":{\"region\":\"Ohio\"}}} | 'fields.location'",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"name\":\"  \"}} | 'fields.name'",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"delivery\":1}} | 'fields.delivery'",
            "{\"action\":7} | 'action'",
            "{\"action\":\"CONFIRM\",\"action\":\"RETIRE\"} | 'action': given twice",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"cost\":\"$1\",\"cost\":\"$2\"}} | 'cost': given twice",
            "{\"action\":\"SNOOZE\",\"until\":\"+999999999-12-31\"} | 'until'",
            "{\"action\":\"SNOOZE\",\"until\":\"2028-05-02\"} | 2028-05-01 at the latest",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"trainingHours\":-5}} | 'fields.trainingHours': must be",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"yearsExperience\":31}} | 'fields.yearsExperience'",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"applicationDeadline\":\"2999-01-01\"}} | 'fields.applicationDeadline'"})
    void aBadDecisionIsRefusedNamingTheMember(String body, String member) {
        assertThatThrownBy(() -> DecisionRequest.parse(body, CLOCK)).isInstanceOf(ApiProblem.class).hasMessageContaining(member);
    }

    @Test
    void aSnoozeMayRunTwoYears() {
        assertThat(DecisionRequest.parse("{\"action\":\"SNOOZE\",\"until\":\"2028-05-01\"}", CLOCK).until())
                .isEqualTo(LocalDate.parse("2028-05-01"));
    }

    @Test
    void everyListingFieldButThePipelinesOwnCanBeOverridden() {
        assertThat(OverrideFields.names()).contains("name", "trainingHours", "location", "applicationDeadline", "topics")
                .doesNotContain("id", "sourceId", "sourceUrl", "provenance", "freshness", "contentHash", "crawlId",
                        "fetchedAt", "schemaVersion", "evidence", "alsoDescribedOn");
        assertThat(OverrideFields.check(Json.mapper().valueToTree(Map.of("credential", "DEGREE"))))
                .containsEntry("credential", "DEGREE");
    }
}
