package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * What the crawler remembers of one page it fetched (schema v1), on {@code imh.page-memory.v1}
 * keyed by the page's canonical URL: the source that crawls it, the validators of its last 200
 * answer ({@code etag}, {@code lastModified}, sent back as {@code If-None-Match} and
 * {@code If-Modified-Since}; both null when the page sends none, or its body was cut at the cap:
 * it is then asked in full), the page's links in its source's scope (canonical URLs, at most
 * {@link #MAX_LINKS}), followed again when the page answers 304, and when it was last fetched in
 * full. A tombstone replaces it when the page is gone or has moved.
 *
 * <p>Added within v1 (entries written before have none of them; readers take such an entry as one
 * first check at {@code fetchedAt}), what the page's re-check schedule is made from:
 * {@code digest}, a digest of the page's text as last fetched in full (a 200 whose digest differs
 * is a change); {@code checks}, its latest checks (at most {@link #MAX_CHECKS}, oldest first); and
 * {@code lastmod}, the latest {@code <lastmod>} a sitemap gave for it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageMemoryEntry(int schemaVersion, String url, String sourceId, String etag, String lastModified,
                              List<String> links, Instant fetchedAt, String digest, List<PageCheck> checks,
                              Instant lastmod) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Most links kept for one page: a menu-heavy page's links in scope, not a directory's thousands. */
    public static final int MAX_LINKS = 100;

    /** Most checks kept for one page: enough to estimate how often it changes, recent enough to follow a change of habit. */
    public static final int MAX_CHECKS = 60;

    public PageMemoryEntry {
        links = Lists.copyOf(links);
        checks = Lists.copyOf(checks);
    }

    /** An entry with only the fields of the first v1 records: validators, links and fetch time. */
    public PageMemoryEntry(int schemaVersion, String url, String sourceId, String etag, String lastModified,
                           List<String> links, Instant fetchedAt) {
        this(schemaVersion, url, sourceId, etag, lastModified, links, fetchedAt, null, null, null);
    }

    /** The page's checks; an entry written before checks were kept counts its fetch as the first. */
    public List<PageCheck> checksOrFetch() {
        if (!checks.isEmpty() || fetchedAt == null) {
            return checks;
        }
        return List.of(new PageCheck(fetchedAt, PageCheck.Result.FIRST));
    }
}
