package org.imhfinder.ingest.memory;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.imhfinder.schema.PageMemoryEntry;

/**
 * What the crawler remembers of each page it fetched in full, per source: the validators of its
 * last 200 (ETag, Last-Modified) for a conditional GET, and the links it had. A page that did not
 * change answers 304 and costs the site (and the pipeline) almost nothing, yet its links are
 * still followed from memory, so an incremental crawl reaches as far as a full one. Only the
 * links in the source's scope are kept, at most {@value PageMemoryEntry#MAX_LINKS} a page; least
 * recently used pages are forgotten beyond {@code maxEntries} (and then fetched in full again).
 *
 * <p>Most of a site's links are to its own pages, and every page repeats its menus: each link's
 * text is kept once and shared by the pages that have it (and dropped when none has it any more),
 * so a page costs about the references to its links, not their text (measured: under 1 KB a page
 * with 60 links, against 6.7 KB with each page's links kept as text).
 *
 * <p>Every change is also written to a {@link PageMemoryStore}, and a restarted ingest
 * {@linkplain #restore restores} what was written there before it crawls, so that its first crawl
 * asks conditionally too instead of fetching every page again.
 */
public final class PageMemory {
    private final Map<String, Entry> entries;
    private final Map<String, WeakReference<String>> shared = new WeakHashMap<>();
    private final PageMemoryStore store;

    /** The validators and in-scope links of one page. */
    private record Entry(String etag, String lastModified, String[] links) {
    }

    public PageMemory(int maxEntries, PageMemoryStore store) {
        this.store = store;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The request headers of a conditional GET for this URL ({@code If-None-Match}, {@code If-Modified-Since}), or none. */
    public synchronized Map<String, String> conditionalHeaders(String sourceId, String url) {
        Entry entry = entries.get(key(sourceId, url));
        return entry == null ? Map.of() : new Validators(entry.etag(), entry.lastModified()).conditionalHeaders();
    }

    /** The links the page had when it was last fetched in full. */
    public synchronized List<String> links(String sourceId, String url) {
        Entry entry = entries.get(key(sourceId, url));
        return entry == null ? List.of() : List.of(entry.links());
    }

    /**
     * Remembers a page fetched in full, once its page event is published (a page normalize never
     * got must not be answered 304 next time): its validators and in-scope links. A page without
     * validators (or whose body was cut) cannot be asked about conditionally, so it is forgotten.
     */
    public void remember(String sourceId, String url, Validators validators, List<String> links, Instant fetchedAt) {
        if (validators == null || validators.none()) {
            if (knows(sourceId, url)) {
                forget(sourceId, url);
            }
            return;
        }
        PageMemoryEntry entry = new PageMemoryEntry(PageMemoryEntry.SCHEMA_VERSION, url, sourceId,
                validators.etag(), validators.lastModified(), bounded(links), fetchedAt);
        restore(entry);
        store.put(entry);
    }

    /** Forgets a page that is gone or has moved, here and in the store. */
    public void forget(String sourceId, String url) {
        discard(sourceId, url);
        store.remove(url);
    }

    /** Takes a page remembered before (read back from the store at start) into memory, without writing it again. */
    public synchronized void restore(PageMemoryEntry entry) {
        if (entry.etag() == null && entry.lastModified() == null) {
            return;
        }
        List<String> links = bounded(entry.links());
        String[] kept = new String[links.size()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = share(links.get(i));
        }
        entries.put(key(entry.sourceId(), entry.url()), new Entry(entry.etag(), share(entry.lastModified()), kept));
    }

    /** Drops a page from memory only: the store already says it is not there (read back at start). */
    public synchronized void discard(String sourceId, String url) {
        entries.remove(key(sourceId, url));
    }

    /** How many pages are remembered now. */
    public synchronized int size() {
        return entries.size();
    }

    private synchronized boolean knows(String sourceId, String url) {
        return entries.containsKey(key(sourceId, url));
    }

    /** The one copy of this text the memory keeps; held only as long as a remembered page holds it. */
    private String share(String text) {
        if (text == null) {
            return null;
        }
        WeakReference<String> known = shared.get(text);
        String kept = known == null ? null : known.get();
        if (kept == null) {
            shared.put(text, new WeakReference<>(text));
            kept = text;
        }
        return kept;
    }

    private static List<String> bounded(List<String> links) {
        return links.size() > PageMemoryEntry.MAX_LINKS ? links.subList(0, PageMemoryEntry.MAX_LINKS) : links;
    }

    private static String key(String sourceId, String url) {
        return sourceId + " " + url;
    }

    /** The validators of a 200 answer: its {@code ETag} and {@code Last-Modified} headers (either may be absent). */
    public record Validators(String etag, String lastModified) {
        boolean none() {
            return etag == null && lastModified == null;
        }

        /** RFC 9110 section 13.1: If-None-Match carries the entity tag, If-Modified-Since the date. */
        Map<String, String> conditionalHeaders() {
            Map<String, String> headers = new LinkedHashMap<>();
            if (etag != null) {
                headers.put("If-None-Match", etag);
            }
            if (lastModified != null) {
                headers.put("If-Modified-Since", lastModified);
            }
            return Map.copyOf(headers);
        }
    }
}
