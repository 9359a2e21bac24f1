package org.imhfinder.ingest.fetch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last ETag and Last-Modified seen per source and URL, for conditional GETs: a page that did
 * not change answers 304 and costs the site (and the pipeline) almost nothing. Least recently
 * used entries are forgotten beyond {@code maxEntries}, so memory stays bounded.
 */
public final class Validators {
    private final Map<String, Map<String, String>> entries;

    public Validators(int maxEntries) {
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The request headers of a conditional GET for this URL ({@code If-None-Match}, {@code If-Modified-Since}), or none. */
    public synchronized Map<String, String> conditionalHeaders(String sourceId, String url) {
        return entries.getOrDefault(sourceId + " " + url, Map.of());
    }

    /** Remembers the validators of a 200 answer (or forgets them when it had none). */
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
                entries.put(sourceId + " " + url, Map.copyOf(headers));
            }
        }
    }

    public synchronized void forget(String sourceId, String url) {
        entries.remove(sourceId + " " + url);
    }
}
