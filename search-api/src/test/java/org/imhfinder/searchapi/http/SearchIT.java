package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.Freshness;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
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

/** {@code GET /programs}: text, filters, facets, freshness, sorting, cursors and the relaxed fallback, on a real index. */
@ExtendWith(ImhStackExtension.class)
class SearchIT {
    private static final Instant NOW = Instant.now();
    private static ApiServer api;

    @BeforeAll
    static void indexListingsAndStart(TestStack stack) throws Exception {
        stack.reset();
        List<ObjectNode> documents = new ArrayList<>();
        for (ProgramListing listing : Listings.all("")) {
            documents.add(Documents.of(listing, NOW.minus(2, ChronoUnit.DAYS)));
        }
        ProgramListing twin = Listings.michiganSpecialist("").toBuilder().id("twin-stale").sourceId("twin").build();
        Instant old = NOW.minus(120, ChronoUnit.DAYS);
        documents.add(Documents.of(twin, new Freshness(old, old, old, FreshnessStatus.STALE, List.of()), 1));
        documents.add(Documents.of(Listings.base("gone-1", "gone-src", "Infant Mental Health Mentor Endorsement")
                .description("A page that answered 404 at the last crawl.").build(),
                new Freshness(old, old, old, FreshnessStatus.GONE, List.of()), 5));
        try (TestIndex index = new TestIndex(stack)) {
            index.put(documents);
        }
        api = ApiServer.start(stack, Map.of());
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aStemmedWordFindsTheProgramAndTheHighlightShowsWhy() {
        JsonNode answer = search("q=specialists");

        assertThat(ids(answer)).contains("in-ifs", "mi-imhs").doesNotContain("co-cpp");
        assertThat(first(answer, "in-ifs").path("highlights").path("name").toString()).contains("<em>Specialist</em>");
        assertThat(first(answer, "in-ifs").path("matched").toString()).contains("text");
    }

    @Test
    void aWordTheVocabularyKnowsFindsItsStructuredValueAndItsWords() {
        JsonNode answer = search("q=certificates");

        assertThat(ids(answer)).containsExactly("umn-cert");
        assertThat(first(answer, "umn-cert").path("matched").toString()).contains("credential:CERTIFICATE");
    }

    @Test
    void theNameWeighsMoreThanTheDescription() {
        JsonNode answer = search("q=" + encode("graduate certificate"));

        assertThat(ids(answer).get(0)).isEqualTo("umn-cert");
    }

    @Test
    void filtersAreOrWithinAndAndAcross() {
        assertThat(ids(search("region=MI"))).containsExactlyInAnyOrder("mi-imhs", "mi-ifa", "twin-stale");
        assertThat(ids(search("region=MI,CO"))).containsExactlyInAnyOrder("mi-imhs", "mi-ifa", "twin-stale", "co-cpp");
        assertThat(ids(search("region=MI&region=MN&credential=GRADUATE_CERTIFICATE"))).containsExactly("umn-cert");
        assertThat(ids(search("topic=INFANT_PARENT_PSYCHOTHERAPY&delivery=online"))).containsExactly("co-cpp");
    }

    @Test
    void aFacetCountsWithEveryFilterButItsOwn() {
        JsonNode answer = search("region=MI&credential=ENDORSEMENT");

        assertThat(facet(answer, "region")).containsEntry("MI", 3L).containsEntry("IN", 1L).doesNotContainKey("MN");
        assertThat(facet(answer, "credential")).containsEntry("ENDORSEMENT", 3L).doesNotContainKey("COURSE");
        assertThat(facet(answer, "freshness")).containsEntry("FRESH", 2L).containsEntry("STALE", 1L);
    }

    @Test
    void goneListingsStayOutUnlessAskedFor() {
        assertThat(ids(search("q=mentor"))).doesNotContain("gone-1");
        assertThat(ids(search("q=mentor&freshness=GONE"))).containsExactly("gone-1");
        assertThat(facet(search("q=mentor"), "freshness")).containsEntry("GONE", 1L);
    }

    @Test
    void aFreshListingRanksAboveItsStaleTwin() {
        List<String> ids = ids(search("q=" + encode("infant mental health specialist")));

        assertThat(ids).containsSubsequence("mi-imhs", "twin-stale");
    }

    @Test
    void theCursorWalksEveryHitExactlyOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = search("size=2" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(ids(page));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).hasSize(6).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aCursorFromAnotherSearchIsRefused() {
        String cursor = search("size=1").path("nextCursor").asText();

        HttpResponse<String> response = api.get("/api/v1/programs?size=1&region=MI&cursor=" + cursor);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'cursor'");
    }

    @Test
    void theDeadlineSortPutsUpcomingDeadlinesFirstAndPassedOnesLast() {
        List<String> ids = ids(search("sort=deadline"));

        assertThat(ids.get(0)).isEqualTo("co-cpp");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("umn-cert");
    }

    @Test
    void theUpdatedSortPutsTheLatestChangeFirst() {
        List<String> ids = ids(search("sort=updated"));

        assertThat(ids.get(ids.size() - 1)).isEqualTo("twin-stale");
    }

    @Test
    void educationFindsWhatThatEducationIsEnoughFor() {
        assertThat(ids(search("education=BACHELORS"))).containsExactlyInAnyOrder("mi-ifa", "umn-cert", "in-ifs");
        assertThat(ids(search("minimumEducation=MASTERS"))).containsExactlyInAnyOrder("mi-imhs", "co-cpp", "twin-stale");
    }

    @Test
    void plainLanguageFindsWhatAPersonMeans() {
        JsonNode answer = search("q=" + encode("online certificate infant-parent psychotherapy Colorado"));

        assertThat(ids(answer).get(0)).isEqualTo("co-cpp");
        assertThat(answer.path("relaxed").asBoolean()).isFalse();
        assertThat(first(answer, "co-cpp").path("matched").toString())
                .contains("region:CO", "delivery:ONLINE", "topic:INFANT_PARENT_PSYCHOTHERAPY");
        assertThat(answer.path("interpretation").path("concepts").toString()).contains("\"matched\":\"Colorado\"");
    }

    @Test
    void aStateByNameOrCapitalisedCodeNarrowsTheSearchToIt() {
        assertThat(ids(search("q=Indiana"))).containsExactly("in-ifs");
        assertThat(ids(search("q=" + encode("endorsement IN")))).containsExactly("in-ifs");
        assertThat(ids(search("q=" + encode("specialist in michigan")))).contains("mi-imhs").doesNotContain("in-ifs");
    }

    @Test
    void anAbbreviationFindsItsTopic() {
        assertThat(ids(search("q=CPP"))).containsExactly("co-cpp");
    }

    @Test
    void anEducationInTheQueryFindsWhatItIsEnoughFor() {
        assertThat(ids(search("q=" + encode("bachelor's")))).contains("umn-cert", "in-ifs", "mi-ifa")
                .doesNotContain("mi-imhs", "co-cpp");
    }

    @Test
    void anExplicitFilterWinsOverTheQuery() {
        JsonNode answer = search("q=Indiana&region=MI");

        assertThat(ids(answer)).containsExactlyInAnyOrder("mi-imhs", "mi-ifa", "twin-stale");
    }

    @Test
    void interpretFalseSearchesTheWordsAsTyped() {
        JsonNode answer = search("q=CPP&interpret=false");

        assertThat(answer.path("interpretation").path("concepts").isEmpty()).isTrue();
        assertThat(answer.path("interpretation").path("text").asText()).isEqualTo("CPP");
    }

    @Test
    void aQueryNothingMatchesFallsBackToARelaxedSearchAndSaysSo() {
        JsonNode answer = search("q=" + encode("reflective zebra giraffe unicorn"));

        assertThat(answer.path("relaxed").asBoolean()).isTrue();
        assertThat(answer.path("note").asText()).contains("part of it");
        assertThat(ids(answer)).isNotEmpty();
    }

    @Test
    void queryLanguageInTheTextIsSearchedAsWords() {
        for (String q : List.of("name:* OR *:*", "{\"match_all\":{}}", "\\\" AND (", "<script>alert(1)</script>", "*")) {
            HttpResponse<String> response = api.get("/api/v1/programs?q=" + encode(q));

            assertThat(response.statusCode()).as(q).isEqualTo(200);
            assertThat(read(response).path("total").asLong()).as(q).isLessThan(6);
        }
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        Map<String, String> cases = Map.of(
                "size=0", "'size'", "size=101", "'size'", "size=ten", "'size'", "region=Michigan", "'region'",
                "credential=PHD", "'credential'", "sort=popular", "'sort'", "cursor=bm90LWEtY3Vyc29y", "'cursor'",
                "regoin=MI", "'regoin'", "education=GENIUS", "'education'", "q=" + "x".repeat(301), "'q'");
        cases.forEach((query, parameter) -> {
            HttpResponse<String> response = api.get("/api/v1/programs?" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(read(response).path("detail").asText()).as(query).contains(parameter);
        });
    }

    @Test
    void aListingIsReadableByIdWithItsHistoryButNotItsCurators() {
        HttpResponse<String> response = api.get("/api/v1/programs/co-cpp");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode listing = read(response);
        assertThat(listing.path("name").asText()).isEqualTo("Child-Parent Psychotherapy Learning Collaborative");
        assertThat(listing.path("history").get(0).path("kind").asText()).isEqualTo("FRESHNESS");
        assertThat(listing.has("suggest")).isFalse();
    }

    @Test
    void anUnknownIdIsA404Problem() {
        HttpResponse<String> response = api.get("/api/v1/programs/prg-nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(read(response).path("detail").asText()).contains("prg-nope");
    }

    @Test
    void autocompleteSuggestsProgramAndProviderNames() {
        JsonNode answer = read(api.get("/api/v1/suggest?prefix=infa"));

        assertThat(answer.path("suggestions").toString()).contains("Infant Family Associate Endorsement (Category I)",
                "Infancy Onward");
        assertThat(api.get("/api/v1/suggest").statusCode()).isEqualTo(400);
    }

    @Test
    void aGoneListingIsNotSuggested() {
        JsonNode answer = read(api.get("/api/v1/suggest?prefix=infant%20mental%20health%20me"));

        assertThat(answer.path("suggestions").toString()).doesNotContain("Mentor Endorsement");
        assertThat(ids(search("q=mentor&freshness=GONE"))).containsExactly("gone-1");
    }

    static JsonNode search(String query) {
        HttpResponse<String> response = api.get("/api/v1/programs?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response);
    }

    static JsonNode read(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    static JsonNode first(JsonNode answer, String id) {
        for (JsonNode item : answer.path("items")) {
            if (id.equals(item.path("id").asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + answer);
    }

    static Map<String, Long> facet(JsonNode answer, String name) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        answer.path("facets").path(name).forEach(v -> counts.put(v.path("value").asText(), v.path("count").asLong()));
        return counts;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
