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
        String body = SearchQuery.body(SearchRequest.text("a:b OR (c AND *)"), Interpretation.literal("a:b OR (c AND *)"), Relaxation.NONE)
                .toString();

        assertThat(body).doesNotContain("\"query_string\"", "\"simple_query_string\"", "\"regexp\"", "\"wildcard\"",
                "\"script\"");
        assertThat(SearchQuery.body(SearchRequest.text("x"), Interpretation.literal("x"), Relaxation.WORDS).toString())
                .doesNotContain("query_string", "simple_query_string");
    }

    @Test
    void requiredConceptsMustMatchAndPreferencesOnlyRank() {
        JsonNode bool = SearchQuery.matching(SearchRequest.text("q"), COLORADO_ONLINE, Relaxation.NONE).path("bool");

        assertThat(bool.path("must").toString()).contains("region:CO", "delivery:ONLINE", "combined_fields")
                .doesNotContain("credential:CERTIFICATE");
        assertThat(bool.path("should").toString()).contains("credential:CERTIFICATE", "GRADUATE_CERTIFICATE");
    }

    @Test
    void theLastRelaxationTurnsConceptsIntoBoostsAndForgivesTypos() {
        JsonNode bool = SearchQuery.matching(SearchRequest.text("q"), COLORADO_ONLINE, Relaxation.WORDS).path("bool");

        assertThat(bool.path("must").isEmpty()).isTrue();
        assertThat(bool.path("minimum_should_match").asInt()).isEqualTo(1);
        assertThat(bool.path("should").toString()).contains("region:CO", "delivery:ONLINE", "\"fuzziness\":\"AUTO\"",
                "\"max_expansions\":10");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "at {0}: required {1}, ranking only {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "NONE       | region:CO delivery:ONLINE topic:TRAUMA | credential:CERTIFICATE",
            "QUALIFIERS | region:CO topic:TRAUMA                 | delivery:ONLINE credential:CERTIFICATE",
            "TEXT       | region:CO topic:TRAUMA                 | delivery:ONLINE credential:CERTIFICATE text",
            "STATE      | topic:TRAUMA text                      | region:CO delivery:ONLINE credential:CERTIFICATE",
            "WORDS      | -                                      | region:CO delivery:ONLINE topic:TRAUMA credential:CERTIFICATE"})
    void eachRelaxationStopsRequiringOneMoreKindOfConcept(Relaxation step, String required, String ranking) {
        Interpretation meaning = new Interpretation("psychotherapy", List.of(
                new Concept("region", "CO", "Colorado", List.of("Colorado")),
                new Concept("delivery", "ONLINE", "online", List.of("online")),
                new Concept("topic", "TRAUMA", "trauma", List.of("trauma")),
                new Concept("credential", "CERTIFICATE", "certificate", List.of("certificate"))));

        JsonNode bool = SearchQuery.matching(SearchRequest.text("q"), meaning, step).path("bool");

        for (String clause : required.equals("-") ? List.<String>of() : List.of(required.split(" "))) {
            assertThat(bool.path("must").toString()).as(clause).contains("\"" + clause + "\"");
            assertThat(bool.path("should").toString()).as(clause).doesNotContain("\"" + clause + "\"");
        }
        for (String clause : ranking.split(" ")) {
            assertThat(bool.path("should").toString()).as(clause).contains("\"" + clause + "\"");
            assertThat(bool.path("must").toString()).as(clause).doesNotContain("\"" + clause + "\"");
        }
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

        JsonNode aggs = SearchQuery.body(request, Interpretation.literal(null), Relaxation.NONE).path("aggs");

        assertThat(aggs.path("region").path("filter").toString()).contains("ONLINE").doesNotContain("\"MI\"");
        assertThat(aggs.path("delivery").path("filter").toString()).contains("\"MI\"").doesNotContain("ONLINE");
        assertThat(aggs.path("freshness").path("filter").toString()).doesNotContain("freshness.status");
    }

    @Test
    void byDefaultGoneAndRetiredListingsAreFilteredOut() {
        JsonNode postFilter = SearchQuery.body(SearchRequest.text(null), Interpretation.literal(null), Relaxation.NONE).path("post_filter");

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
        assertThat(SearchQuery.body(SearchRequest.text(null), Interpretation.literal(null), Relaxation.NONE).path("size").asInt())
                .isEqualTo(SearchRequest.DEFAULT_SIZE + 1);
    }
}
