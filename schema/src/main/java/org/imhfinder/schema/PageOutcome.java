package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * What normalize made of one page event (schema v1): the value on {@code imh.page-outcomes.v1},
 * keyed by canonical URL, written after the page's listings. For an OK page {@code listingIds}
 * names every listing extracted from it (none: the page is not, or no longer, a program page);
 * for NOT_MODIFIED, MOVED, GONE and ERROR it is empty and the status is the signal. The indexer
 * drives freshness from these: seen, unchanged, moved, gone, dropped by its page, failing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageOutcome(
        int schemaVersion,
        String sourceId,
        String crawlId,
        String url,
        String finalUrl,
        PageStatus status,
        int httpStatus,
        List<String> listingIds,
        Instant fetchedAt,
        String error) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    public PageOutcome {
        listingIds = Lists.copyOf(listingIds);
    }
}
