package org.imhfinder.normalize.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.imhfinder.schema.PageEvent;

/**
 * Pages that link requirement documents whose text this instance has not seen yet, kept (the
 * latest event per page) so the page can be normalized again the moment a document arrives, on
 * whichever instance extracted it. Bounded: at most {@code maxPages} pages, each for at most
 * {@code maxAge}; a page that falls out is enriched on its next crawl instead. Thread-safe.
 */
public final class AwaitingPages {
    private final int maxPages;
    private final Duration maxAge;
    private final Clock clock;
    private final LinkedHashMap<String, Waiting> byPage = new LinkedHashMap<>();
    private final Map<String, Set<String>> pagesByDocument = new HashMap<>();

    public AwaitingPages(int maxPages, Duration maxAge, Clock clock) {
        this.maxPages = maxPages;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * The page waits for these documents (replacing what it waited for before; none: it waits for nothing) unless
     * one of them is {@code known} by now: then it waits for nothing and true says to read it again at once. A
     * document stored while the page was being read (on another lane or by the documents reader) found no page
     * waiting when it {@link #arrived}; since a document is stored before its arrival is told, and both this check
     * and {@code arrived} hold this lock, exactly one of them hands the page on.
     */
    public synchronized boolean await(PageEvent page, Set<String> documents, Predicate<String> known) {
        forget(page.url());
        if (documents.isEmpty()) {
            return false;
        }
        if (documents.stream().anyMatch(known)) {
            return true;
        }
        byPage.put(page.url(), new Waiting(page, Set.copyOf(documents), clock.instant()));
        documents.forEach(d -> pagesByDocument.computeIfAbsent(d, k -> new HashSet<>()).add(page.url()));
        expireAndBound();
        return false;
    }

    /** The pages waiting for this document, no longer waiting for anything. */
    public synchronized List<PageEvent> arrived(String document) {
        Set<String> pages = pagesByDocument.remove(document);
        List<PageEvent> ready = new ArrayList<>();
        if (pages != null) {
            for (String url : pages) {
                Waiting waiting = byPage.get(url);
                if (waiting != null) {
                    ready.add(waiting.page());
                    forget(url);
                }
            }
        }
        expireAndBound();
        return ready;
    }

    public synchronized int size() {
        return byPage.size();
    }

    private void forget(String url) {
        Waiting waiting = byPage.remove(url);
        if (waiting != null) {
            for (String document : waiting.documents()) {
                Set<String> pages = pagesByDocument.get(document);
                if (pages != null && pages.remove(url) && pages.isEmpty()) {
                    pagesByDocument.remove(document);
                }
            }
        }
    }

    private void expireAndBound() {
        Instant oldest = clock.instant().minus(maxAge);
        Iterator<Map.Entry<String, Waiting>> it = byPage.entrySet().iterator();
        List<String> drop = new ArrayList<>();
        int excess = byPage.size() - maxPages;
        while (it.hasNext()) {
            Map.Entry<String, Waiting> entry = it.next();
            if (excess-- > 0 || entry.getValue().since().isBefore(oldest)) {
                drop.add(entry.getKey());
            }
        }
        drop.forEach(this::forget);
    }

    private record Waiting(PageEvent page, Set<String> documents, Instant since) {
    }
}
