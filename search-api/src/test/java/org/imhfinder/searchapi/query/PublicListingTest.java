package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.imhfinder.schema.Json;
import org.junit.jupiter.api.Test;

class PublicListingTest {
    private static ObjectNode document() throws Exception {
        return (ObjectNode) Json.mapper().readTree("""
                {"schemaVersion": 1, "id": "prg-1", "sourceId": "mi", "sourceUrl": "https://mi.test/l2",
                 "name": "Infant Family Specialist Endorsement (Level II)", "trainingHours": 30,
                 "location": {"city": "Lansing", "region": "MI"},
                 "provenance": {"trainingHours": {"method": "LABELLED", "confidence": 0.9, "evidence": "Training: 30 hours"}},
                 "contentHash": "abc", "crawlId": "crawl-1", "fetchedAt": "2026-12-01T00:00:00Z",
                 "freshness": {"status": "FRESH", "lastSeenAt": "2026-12-01T00:00:00Z", "reasons": ["CONTENT_CHANGED"]},
                 "curation": {"lastDecisionBy": "curator-1a2b", "lastAction": "CONFIRM"},
                 "changedFields": ["trainingHours"], "reviewPriority": 50, "previousUrls": ["https://mi.test/old"],
                 "history": [{"at": "2026-12-01T00:00:00Z", "kind": "INDEXED", "status": "FRESH", "detail": "extracted"},
                             {"at": "2026-12-02T00:00:00Z", "kind": "DECISION", "decisionId": "d1", "by": "curator-1a2b",
                              "note": "private"}],
                 "reviewHistory": [{"kind": "DECISION", "note": "private"}],
                 "indexer": {"state": {"decisions": [{"note": "private"}]}, "recheckAt": "2026-12-03T00:00:00Z"},
                 "suggest": {"input": ["x"]}, "somethingAddedLater": {"secret": true}}
                """);
    }

    @Test
    void onlyWhatTheAllowListNamesIsShown() throws Exception {
        ObjectNode shown = PublicListing.of(document());

        assertThat(shown.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "sourceId", "sourceUrl", "name",
                "trainingHours", "location", "provenance", "freshness", "previousUrls", "history");
        assertThat(shown.path("freshness").fieldNames()).toIterable().containsExactlyInAnyOrder("status", "lastSeenAt");
        assertThat(shown.path("location").path("region").asText()).isEqualTo("MI");
        assertThat(shown.toString()).doesNotContain("private", "curator-1a2b", "secret", "CONTENT_CHANGED");
    }

    @Test
    void theHistoryKeepsFreshnessTransitionsWithoutTheirDetailAndNoDecisions() throws Exception {
        ObjectNode shown = PublicListing.of(document());

        assertThat(shown.path("history")).hasSize(1);
        assertThat(shown.path("history").get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("at", "kind", "status");
    }
}
