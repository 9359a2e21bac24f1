package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imhfinder.searchapi.http.SearchIT.read;
import static org.imhfinder.searchapi.testing.ApiServer.CURATOR_TOKEN;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.imhfinder.schema.Location;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.Documents;
import org.imhfinder.searchapi.testing.Listings;
import org.imhfinder.searchapi.testing.TestIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The result cache: a repeated search is answered from it; a curator's decision through the API and a
 * refresh of the index (what the indexer does when it applies a change) each make the next search ask
 * Elasticsearch again.
 */
@ExtendWith(ImhStackExtension.class)
class SearchCacheIT {
    private static final Instant SEEN = Instant.now().minusSeconds(3_600);
    private static final String SEARCH = "/api/v1/programs?q=specialist&region=MI";
    private static ApiServer api;
    private static TestStack stack;

    @BeforeAll
    static void indexAndStart(TestStack testStack) throws Exception {
        stack = testStack;
        stack.reset();
        try (TestIndex index = new TestIndex(stack)) {
            index.put(Documents.of(Listings.michiganSpecialist("c-"), SEEN));
        }
        api = ApiServer.start(stack, Map.of("IMH_API_SEARCH_CACHE_CHECK", "PT0.2S"));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheWithTheSameAnswer() {
        HttpResponse<String> first = api.get(SEARCH);
        HttpResponse<String> second = api.get(SEARCH);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Server-Timing")).hasValueSatisfying(t -> assertThat(t).contains("cache;desc=hit"));
        assertThat(api.meters().get("imh.api.search.cache").tag("outcome", "hit").counter().count()).isPositive();
    }

    @Test
    void aCuratorsDecisionThroughTheApiEmptiesTheCache() {
        api.get(SEARCH);
        assertThat(cached(api.get(SEARCH))).isTrue();

        HttpResponse<String> decision = api.post("/api/v1/review/c-mi-imhs/decision", CURATOR_TOKEN,
                "{\"action\":\"CONFIRM\"}");

        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(202);
        assertThat(cached(api.get(SEARCH))).isFalse();
    }

    @Test
    void aChangeTheIndexRefreshesInIsSearchedAtOnce() throws Exception {
        api.get(SEARCH);
        assertThat(cached(api.get(SEARCH))).isTrue();

        try (TestIndex index = new TestIndex(stack)) {
            index.put(Documents.of(Listings.base("c-new", "c-mi-aimh", "Infant Mental Health Specialist, Upper Peninsula")
                    .location(new Location("Marquette", "MI", "US", null)).build(), SEEN));
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(read(api.get(SEARCH)).path("items").findValuesAsText("id")).contains("c-new"));
    }

    private static boolean cached(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("Server-Timing").orElseThrow().contains("cache;desc=hit");
    }
}
