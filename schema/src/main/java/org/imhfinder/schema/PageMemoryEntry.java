package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * What the crawler remembers of one page it last fetched in full (schema v1), on
 * {@code imh.page-memory.v1} keyed by the page's canonical URL: the source that crawls it, the
 * validators of that 200 answer ({@code etag}, {@code lastModified}, sent back as
 * {@code If-None-Match} and {@code If-Modified-Since}; at least one is set), the page's links in
 * its source's scope (canonical URLs, at most {@link #MAX_LINKS}), followed again when the page
 * answers 304, and when it was fetched. A tombstone replaces it when the page is gone, has moved
 * or no longer sends validators.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageMemoryEntry(int schemaVersion, String url, String sourceId, String etag, String lastModified,
                              List<String> links, Instant fetchedAt) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Most links kept for one page: a menu-heavy page's links in scope, not a directory's thousands. */
    public static final int MAX_LINKS = 100;

    public PageMemoryEntry {
        links = Lists.copyOf(links);
    }
}
