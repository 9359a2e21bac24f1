package org.imhfinder.normalize.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.imhfinder.schema.DocumentText;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.junit.jupiter.api.Test;

class DocumentStoreTest {
    private static final Predicate<String> NONE_KNOWN = document -> false;

    private static DocumentText doc(String url, String text) {
        return new DocumentText(1, "s", "c", url, null, null, text, 1, false, Integer.toHexString(text.hashCode()), null, null);
    }

    private static PageEvent page(String url) {
        return new PageEvent(1, "s", "c", url, url, PageStatus.OK, 200, Map.of(), "text/html", null, "", null, null, 0, null, null);
    }

    @Test
    void aStoreTellsNewAndChangedTextsFromRepeatsAndStaysWithinItsBounds() {
        DocumentStore store = new DocumentStore(2, 100);

        assertThat(store.put(doc("a", "alpha"))).isTrue();
        assertThat(store.put(doc("a", "alpha"))).isFalse();
        assertThat(store.put(doc("a", "alpha 2"))).isTrue();
        store.put(doc("b", "beta"));
        store.get("a");
        store.put(doc("c", "gamma"));

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.get("b")).as("least recently used goes first").isEmpty();
        store.put(doc("d", "x".repeat(95)));
        assertThat(store.chars()).isLessThanOrEqualTo(100);
    }

    @Test
    void aPageWaitsForEachOfItsDocumentsAndOnlyItsLatestEventIsKept() {
        AwaitingPages awaiting = new AwaitingPages(10, Duration.ofHours(1), Clock.systemUTC());
        PageEvent first = page("https://x/p");
        PageEvent second = page("https://x/p");
        awaiting.await(first, Set.of("d1", "d2"), NONE_KNOWN);
        awaiting.await(second, Set.of("d1", "d2"), NONE_KNOWN);

        assertThat(awaiting.arrived("d1")).containsExactly(second);
        assertThat(awaiting.arrived("d2")).as("normalized again already; it waits again if it must").isEmpty();
        assertThat(awaiting.size()).isZero();
    }

    @Test
    void aDocumentStoredWhileItsPageWasReadIsHandedOnExactlyOnce() {
        AwaitingPages awaiting = new AwaitingPages(10, Duration.ofHours(1), Clock.systemUTC());
        DocumentStore store = new DocumentStore(10, 1_000_000);
        PageEvent page = page("https://x/p");
        store.put(doc("https://x/d.pdf", "text"));
        assertThat(awaiting.await(page, Set.of("https://x/d.pdf"), store::contains)).as("read again at once").isTrue();
        assertThat(awaiting.size()).isZero();
        assertThat(awaiting.arrived("https://x/d.pdf")).isEmpty();
    }

    /**
     * A page read on one lane while its PDF is stored on another, in every interleaving the threads happen to take: the
     * page is either read with the document, read again at once, or handed on by the document's arrival, never none.
     */
    @Test
    void aPageAndItsDocumentOnTwoLanesNeverLoseEachOther() throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 5_000; i++) {
                AwaitingPages awaiting = new AwaitingPages(10, Duration.ofHours(1), Clock.systemUTC());
                DocumentStore store = new DocumentStore(10, 1_000_000);
                PageEvent page = page("https://x/p" + i);
                String url = "https://x/d" + i + ".pdf";
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> pageLane = lanes.submit(() -> {
                    go.await();
                    Set<String> missing = store.contains(url) ? Set.of() : Set.of(url);
                    return missing.isEmpty() ? 1 : awaiting.await(page, missing, store::contains) ? 1 : 0;
                });
                Future<Integer> documentLane = lanes.submit(() -> {
                    go.await();
                    return store.put(doc(url, "text")) ? awaiting.arrived(url).size() : 0;
                });
                go.countDown();
                assertThat(pageLane.get() + documentLane.get()).as("round %d", i).isEqualTo(1);
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    @Test
    void waitingIsBoundedInNumberAndTime() {
        Clock[] now = {Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC)};
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0].instant(); }
        };
        AwaitingPages awaiting = new AwaitingPages(2, Duration.ofHours(1), clock);
        awaiting.await(page("https://x/1"), Set.of("d"), NONE_KNOWN);
        awaiting.await(page("https://x/2"), Set.of("d"), NONE_KNOWN);
        awaiting.await(page("https://x/3"), Set.of("d"), NONE_KNOWN);
        assertThat(awaiting.size()).isEqualTo(2);

        now[0] = Clock.fixed(Instant.parse("2026-05-01T02:00:00Z"), ZoneOffset.UTC);
        assertThat(awaiting.arrived("other")).isEmpty();
        assertThat(awaiting.size()).isZero();
    }
}
