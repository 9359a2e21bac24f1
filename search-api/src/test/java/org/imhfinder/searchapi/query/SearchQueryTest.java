package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.schema.Education;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    private static final Interpretation COLORADO_ONLINE = new Interpretation("psychotherapy", List.of(
            new Concept("region", "CO", "Colorado", List.of("Colorado")),
            new Concept("delivery", "ONLINE", "online", List.of("online")),
            new Concept("credential", "CERTIFICATE", "certificate", List.of("certificate"))));

    @Test
    void freeTextNeverReachesAQueryParser() {
        String body = SearchQuery.body(SearchRequest.text("a:b OR (c AND *)"), Interpretation.literal("a:b OR (c AND *)"), false)
                .toString();

        assertThat(body).doesNotContain("\"query_string\"", "\"simple_query_string\"", "\"regexp\"", "\"wildcard\"",
                "\"script\"");
        assertThat(SearchQuery.body(SearchRequest.text("x"), Interpretation.literal("x"), true).toString())
                .doesNotContain("query_string", "simple_query_string");
    }

    @Test
    void requiredConceptsMustMatchAndPreferencesOnlyRank() {
        JsonNode bool = SearchQuery.matching(SearchRequest.text("q"), COLORADO_ONLINE, false).path("bool");

        assertThat(bool.path("must").toString()).contains("region:CO", "delivery:ONLINE", "combined_fields")
                .doesNotContain("credential:CERTIFICATE");
        assertThat(bool.path("should").toString()).contains("credential:CERTIFICATE", "GRADUATE_CERTIFICATE");
    }

    @Test
    void theRelaxedFormTurnsConceptsIntoBoostsAndForgivesTypos() {
        JsonNode bool = SearchQuery.matching(SearchRequest.text("q"), COLORADO_ONLINE, true).path("bool");

        assertThat(bool.path("must").toString()).doesNotContain("region:CO").contains("\"fuzziness\":\"AUTO\"");
        assertThat(bool.path("should").toString()).contains("region:CO", "delivery:ONLINE");
    }

    @Test
    void anExplicitFilterReplacesTheConceptOfTheSameParameter() {
        SearchRequest request = new SearchRequest("q", Map.of(Facet.REGION, Set.of("MI")), Education.MASTERS,
                SortOrder.RELEVANCE, 20, null, true);

        Map<String, List<Concept>> groups = SearchQuery.conceptsByParameter(request, COLORADO_ONLINE);

        assertThat(groups).containsOnlyKeys("delivery", "credential");
    }

    @Test
    void eachFacetCountsWithEveryFilterButItsOwn() {
        SearchRequest request = new SearchRequest(null, Map.of(Facet.REGION, Set.of("MI"), Facet.DELIVERY, Set.of("ONLINE")),
                null, SortOrder.RELEVANCE, 20, null, true);

        JsonNode aggs = SearchQuery.body(request, Interpretation.literal(null), false).path("aggs");

        assertThat(aggs.path("region").path("filter").toString()).contains("ONLINE").doesNotContain("\"MI\"");
        assertThat(aggs.path("delivery").path("filter").toString()).contains("\"MI\"").doesNotContain("ONLINE");
        assertThat(aggs.path("freshness").path("filter").toString()).doesNotContain("freshness.status");
    }

    @Test
    void byDefaultGoneAndRetiredListingsAreFilteredOut() {
        JsonNode postFilter = SearchQuery.body(SearchRequest.text(null), Interpretation.literal(null), false).path("post_filter");

        assertThat(postFilter.toString()).contains("FRESH", "AGING", "STALE", "curation.retired").doesNotContain("GONE");
    }

    @Test
    void everySortEndsWithTheIdSoCursorsAreStable() {
        for (SortOrder order : SortOrder.values()) {
            JsonNode sort = SearchQuery.sort(order);

            assertThat(sort.get(sort.size() - 1).has("id")).as(order.name()).isTrue();
        }
    }

    @Test
    void educationMeansEveryMinimumAtOrBelowIt() {
        assertThat(SearchQuery.educationsUpTo(Education.BACHELORS)).containsExactly("NONE", "CDA", "ASSOCIATE", "BACHELORS");
    }

    @Test
    void aPageAsksForOneHitMoreToKnowWhetherAnotherPageExists() {
        assertThat(SearchQuery.body(SearchRequest.text(null), Interpretation.literal(null), false).path("size").asInt())
                .isEqualTo(SearchRequest.DEFAULT_SIZE + 1);
    }
}
