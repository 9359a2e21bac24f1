package org.imhfinder.searchapi.query;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers of recent searches, so a search many people make at once (the browse page, a popular
 * query) is answered without Elasticsearch. Keyed by the request as read ({@link SearchRequest}:
 * the cleaned words, the canonical filter values in any order, education, sort, size, cursor), the
 * value the answer exactly as written. Bounded by entries and by bytes (least recently used go
 * first); an answer larger than a quarter of the bytes is not kept.
 *
 * <p>Every entry belongs to one generation of the index ({@link IndexGeneration}); a lookup under
 * another generation empties the cache, and an answer computed under an older one is not kept, so
 * nothing outlives the refresh that changed what a search would find.
 */
public final class SearchCache {
    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<SearchRequest, String> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private Object generation;

    /** {@code maxEntries} 0 keeps nothing. */
    public SearchCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    public boolean enabled() {
        return maxEntries > 0 && maxBytes > 0;
    }

    /** The answer kept for {@code request} in {@code current} generation; a new generation empties the cache first. */
    public synchronized Optional<String> get(SearchRequest request, Object current) {
        if (!Objects.equals(current, generation)) {
            clear();
            generation = current;
            return Optional.empty();
        }
        return Optional.ofNullable(answers.get(request));
    }

    /** Keeps an answer computed in {@code computedIn}; ignored when the generation has changed since. */
    public synchronized void put(SearchRequest request, Object computedIn, String answer) {
        long size = sizeOf(answer);
        if (!enabled() || !Objects.equals(computedIn, generation) || size > maxBytes / 4) {
            return;
        }
        String replaced = answers.put(request, answer);
        bytes += size - (replaced == null ? 0 : sizeOf(replaced));
        Iterator<Map.Entry<SearchRequest, String>> eldest = answers.entrySet().iterator();
        while ((answers.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= sizeOf(eldest.next().getValue());
            eldest.remove();
        }
    }

    /** Forgets everything (a write through the API): nothing computed before it is kept either. */
    public synchronized void invalidate() {
        clear();
        generation = new Object(); // no generation equals it: answers in flight are not kept
    }

    public synchronized int size() {
        return answers.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    private void clear() {
        answers.clear();
        bytes = 0;
    }

    /** What an answer holds in memory: a Java string of Latin-1 text takes a byte a character, other text two. */
    static long sizeOf(String answer) {
        return 2L * answer.length() + 64;
    }
}
