package org.imhfinder.ingest.fetch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the crawler remembers of each page it fetched, per source: the validators of its last
 * 200 (ETag, Last-Modified) for a conditional GET, and the links it had. A page that did not
 * change answers 304 and costs the site (and the pipeline) almost nothing, yet its links are
 * still followed from memory, so an incremental crawl reaches as far as a full one. Only the
 * links in the source's scope are kept, at most {@value #MAX_LINKS} a page, in one string; least
 * recently used pages are forgotten beyond {@code maxEntries} (and then fetched in full again),
 * so memory stays bounded (about 5 KB a page for a typical page's in-scope links).
 */
public final class PageMemory {
    static final int MAX_LINKS = 100;

    private final Map<String, Entry> entries;

    /** The validators and in-scope links (newline-separated) of one page. */
    private record Entry(Map<String, String> conditionalHeaders, String links) {
    }

    public PageMemory(int maxEntries) {
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The request headers of a conditional GET for this URL ({@code If-None-Match}, {@code If-Modified-Since}), or none. */
    public synchronized Map<String, String> conditionalHeaders(String sourceId, String url) {
        Entry entry = entries.get(sourceId + " " + url);
        return entry == null ? Map.of() : entry.conditionalHeaders();
    }

    /** The links the page had when it was last fetched in full. */
    public synchronized List<String> links(String sourceId, String url) {
        Entry entry = entries.get(sourceId + " " + url);
        return entry == null || entry.links().isEmpty() ? List.of() : List.of(entry.links().split("\n"));
    }

    /** Remembers a 200 answer's validators (or forgets the page when it had none); its links come with {@link #rememberLinks}. */
    public void remember(String sourceId, String url, FetchResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.header("etag") != null) {
            headers.put("If-None-Match", response.header("etag"));
        }
        if (response.header("last-modified") != null) {
            headers.put("If-Modified-Since", response.header("last-modified"));
        }
        synchronized (this) {
            if (headers.isEmpty()) {
                entries.remove(sourceId + " " + url);
            } else {
                entries.put(sourceId + " " + url, new Entry(Map.copyOf(headers), ""));
            }
        }
    }

    /** Remembers the in-scope links of a page fetched in full (if the page is remembered at all). */
    public synchronized void rememberLinks(String sourceId, String url, List<String> links) {
        Entry entry = entries.get(sourceId + " " + url);
        if (entry != null) {
            List<String> kept = links.size() > MAX_LINKS ? links.subList(0, MAX_LINKS) : links;
            entries.put(sourceId + " " + url, new Entry(entry.conditionalHeaders(), String.join("\n", kept)));
        }
    }

    public synchronized void forget(String sourceId, String url) {
        entries.remove(sourceId + " " + url);
    }
}
