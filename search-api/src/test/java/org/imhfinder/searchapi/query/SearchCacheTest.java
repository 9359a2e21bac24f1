package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
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

    @Test
    void searchesForTheSameRequestWhileOneIsAnsweredWaitForItInsteadOfAskingAgain() throws Exception {
        SearchCache cache = new SearchCache(10, 1 << 20);
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger searches = new AtomicInteger();
        SearchCache.Compute slowSearch = () -> {
            searches.incrementAndGet();
            asked.countDown();
            answer.await();
            return "{\"total\":3}";
        };
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            Future<SearchCache.Answer> first = clients.submit(() -> cache.answer(SearchRequest.text("cpp"), GENERATION, slowSearch));
            asked.await();
            List<Future<SearchCache.Answer>> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(clients.submit(() -> cache.answer(SearchRequest.text("cpp"), GENERATION, slowSearch)));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> cache.joined() == 3);
            answer.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(new SearchCache.Answer("{\"total\":3}", false));
            for (Future<SearchCache.Answer> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(new SearchCache.Answer("{\"total\":3}", true));
            }
            assertThat(searches).hasValue(1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aFailedSearchFailsThoseWaitingForItAndTheNextAsksAgain() throws Exception {
        SearchCache cache = new SearchCache(10, 1 << 20);
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<SearchCache.Answer> first = clients.submit(() -> cache.answer(SearchRequest.text("cpp"), GENERATION, () -> {
                asked.countDown();
                fail.await();
                throw new java.io.IOException("Elasticsearch is down");
            }));
            asked.await();
            Future<SearchCache.Answer> waiting = clients.submit(() -> cache.answer(SearchRequest.text("cpp"), GENERATION,
                    () -> "not asked: the search in flight answers"));
            // fail only once the second request waits for the first (else it would rightly ask again itself)
            await().atMost(Duration.ofSeconds(10)).until(() -> cache.joined() == 1);
            fail.countDown();

            assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("Elasticsearch is down");
            assertThat(Stream.of(first, waiting)).allSatisfy(f -> assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
                    .hasRootCauseMessage("Elasticsearch is down"));
        } finally {
            clients.shutdownNow();
        }
        assertThat(cache.answer(SearchRequest.text("cpp"), GENERATION, () -> "up again"))
                .isEqualTo(new SearchCache.Answer("up again", false));
    }

    @Test
    void aKeptAnswerIsSharedAndWithTheCacheOffEverySearchAsks() throws Exception {
        SearchCache cache = new SearchCache(10, 1 << 20);
        cache.answer(SearchRequest.text("cpp"), GENERATION, () -> "first");
        assertThat(cache.answer(SearchRequest.text("cpp"), GENERATION, () -> "second"))
                .isEqualTo(new SearchCache.Answer("first", true));

        SearchCache off = new SearchCache(0, 1 << 20);
        off.answer(SearchRequest.text("cpp"), GENERATION, () -> "first");
        assertThat(off.answer(SearchRequest.text("cpp"), GENERATION, () -> "second"))
                .isEqualTo(new SearchCache.Answer("second", false));
    }

    private static SearchRequest withRegions(String... regions) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.REGION, new LinkedHashSet<>(List.of(regions)));
        return new SearchRequest(null, filters, null, SortOrder.RELEVANCE, SearchRequest.DEFAULT_SIZE, null, true);
    }
}
