package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchCacheTest {
    private static final Object GENERATION = "refresh 7";

    @Test
    void aRepeatedSearchIsAnsweredFromTheCache() {
        SearchCache cache = new SearchCache(10, 1 << 20);
        assertThat(cache.get(SearchRequest.text("cpp"), GENERATION)).isEmpty();
        cache.put(SearchRequest.text("cpp"), GENERATION, "{\"total\":3}");

        assertThat(cache.get(SearchRequest.text("cpp"), GENERATION)).contains("{\"total\":3}");
        assertThat(cache.get(SearchRequest.text("endorsement"), GENERATION)).isEmpty();
    }

    @Test
    void theSameFiltersInAnotherOrderAreTheSameSearch() {
        SearchCache cache = new SearchCache(10, 1 << 20);
        cache.get(withRegions("MI", "OH"), GENERATION);
        cache.put(withRegions("MI", "OH"), GENERATION, "answer");

        assertThat(cache.get(withRegions("OH", "MI"), GENERATION)).contains("answer");
        assertThat(cache.get(withRegions("OH"), GENERATION)).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesPastTheEntryBound() {
        SearchCache cache = new SearchCache(2, 1 << 20);
        cache.get(SearchRequest.text("a"), GENERATION);
        cache.put(SearchRequest.text("a"), GENERATION, "A");
        cache.put(SearchRequest.text("b"), GENERATION, "B");
        cache.get(SearchRequest.text("a"), GENERATION); // a is now the more recent
        cache.put(SearchRequest.text("c"), GENERATION, "C");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(SearchRequest.text("b"), GENERATION)).isEmpty();
        assertThat(cache.get(SearchRequest.text("a"), GENERATION)).contains("A");
        assertThat(cache.get(SearchRequest.text("c"), GENERATION)).contains("C");
    }

    @Test
    void answersGoPastTheByteBoundAndOneTooLargeIsNotKept() {
        String answer = "x".repeat(1_000);
        long each = SearchCache.sizeOf(answer);
        SearchCache cache = new SearchCache(100, 4 * each);
        cache.get(SearchRequest.text("a"), GENERATION);
        for (String q : List.of("a", "b", "c", "d", "e", "f")) {
            cache.put(SearchRequest.text(q), GENERATION, answer);
        }
        assertThat(cache.size()).isEqualTo(4);
        assertThat(cache.bytes()).isLessThanOrEqualTo(4 * each);

        cache.put(SearchRequest.text("huge"), GENERATION, "x".repeat(2_000));
        assertThat(cache.get(SearchRequest.text("huge"), GENERATION)).isEmpty();
    }

    @Test
    void aNewGenerationOfTheIndexEmptiesTheCache() {
        SearchCache cache = new SearchCache(10, 1 << 20);
        cache.get(SearchRequest.text("cpp"), GENERATION);
        cache.put(SearchRequest.text("cpp"), GENERATION, "old");

        assertThat(cache.get(SearchRequest.text("cpp"), "refresh 8")).isEmpty();
        assertThat(cache.size()).isZero();
        assertThat(cache.get(SearchRequest.text("cpp"), GENERATION)).isEmpty();
    }

    @Test
    void anAnswerComputedBeforeANewGenerationIsNotKept() {
        SearchCache cache = new SearchCache(10, 1 << 20);
        cache.get(SearchRequest.text("cpp"), GENERATION);
        cache.get(SearchRequest.text("other"), "refresh 8"); // the index refreshed while cpp was searched

        cache.put(SearchRequest.text("cpp"), GENERATION, "old");
        assertThat(cache.get(SearchRequest.text("cpp"), "refresh 8")).isEmpty();
    }

    @Test
    void aWriteForgetsEverythingIncludingAnswersInFlight() {
        SearchCache cache = new SearchCache(10, 1 << 20);
        cache.get(SearchRequest.text("cpp"), GENERATION);
        cache.put(SearchRequest.text("cpp"), GENERATION, "before");

        cache.invalidate();
        cache.put(SearchRequest.text("other"), GENERATION, "computed before the write");

        assertThat(cache.get(SearchRequest.text("cpp"), GENERATION)).isEmpty();
        assertThat(cache.get(SearchRequest.text("other"), GENERATION)).isEmpty();
    }

    @Test
    void noEntriesMeansNoCache() {
        SearchCache cache = new SearchCache(0, 1 << 20);
        cache.get(SearchRequest.text("cpp"), GENERATION);
        cache.put(SearchRequest.text("cpp"), GENERATION, "answer");

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.get(SearchRequest.text("cpp"), GENERATION)).isEmpty();
    }

    private static SearchRequest withRegions(String... regions) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.REGION, new LinkedHashSet<>(List.of(regions)));
        return new SearchRequest(null, filters, null, SortOrder.RELEVANCE, SearchRequest.DEFAULT_SIZE, null, true);
    }
}
