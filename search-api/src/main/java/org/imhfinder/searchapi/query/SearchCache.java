package org.imhfinder.searchapi.query;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

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
 *
 * <p>Searches for the same request in the same generation while one is being answered wait for it
 * instead of each asking Elasticsearch ({@link #answer}): a popular search arriving at once, or
 * again just after a refresh emptied the cache, costs Elasticsearch one search, not one per client.
 */
public final class SearchCache {
    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<SearchRequest, String> answers = new LinkedHashMap<>(64, 0.75f, true);
    /** Searches being answered now, by request and generation; a write forgets them (they are not joined after it). */
    private final Map<InFlight, CompletableFuture<String>> inFlight = new HashMap<>();
    private long bytes;
    private Object generation;
    /** Requests that joined a search in flight instead of asking Elasticsearch, since start. */
    private long joined;

    /** Computes an answer when neither the cache nor a search in flight has it. */
    @FunctionalInterface
    public interface Compute {
        String answer() throws Exception;
    }

    /** An answer, and whether this request had it without asking Elasticsearch (kept, or shared with the same search in flight). */
    public record Answer(String json, boolean shared) {
    }

    private record InFlight(SearchRequest request, Object generation) {
    }

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

    /**
     * The answer for {@code request} in {@code current} generation: the one kept, else the one being
     * computed for the same request (waited for; its failure is this request's too), else computed
     * now by {@code compute} and kept. With the cache off, always computed.
     */
    public Answer answer(SearchRequest request, Object current, Compute compute) throws Exception {
        if (!enabled()) {
            return new Answer(compute.answer(), false);
        }
        InFlight key = new InFlight(request, current);
        CompletableFuture<String> running;
        CompletableFuture<String> mine = null;
        synchronized (this) {
            Optional<String> kept = get(request, current);
            if (kept.isPresent()) {
                return new Answer(kept.get(), true);
            }
            running = inFlight.get(key);
            if (running == null) {
                mine = new CompletableFuture<>();
                inFlight.put(key, mine);
            } else {
                joined++;
            }
        }
        return mine == null ? new Answer(await(running), true) : new Answer(compute(key, mine, compute), false);
    }

    private String compute(InFlight key, CompletableFuture<String> mine, Compute compute) throws Exception {
        try {
            String json = compute.answer();
            put(key.request(), key.generation(), json);
            mine.complete(json);
            return json;
        } catch (Exception | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                inFlight.remove(key, mine);
            }
        }
    }

    /** The answer of the search in flight; its exception as thrown to the request that ran it. */
    private static String await(CompletableFuture<String> running) throws Exception {
        try {
            return running.get(); // bounded: the search that runs it has the request deadline
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
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
        inFlight.clear();
        generation = new Object(); // no generation equals it: answers in flight are not kept
    }

    /** How many requests have waited for a search in flight rather than asking Elasticsearch. */
    public synchronized long joined() {
        return joined;
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
