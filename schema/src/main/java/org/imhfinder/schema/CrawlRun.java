package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The state of one crawl run (schema v1): the value on the compacted {@code imh.crawls.v1},
 * keyed by crawl id, republished whenever it changes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrawlRun(
        int schemaVersion,
        String crawlId,
        List<String> sourceIds,
        CrawlState state,
        CrawlCounts counts,
        Instant startedAt,
        Instant fetchedAt,
        Instant settledAt,
        Instant updatedAt,
        String error) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    public CrawlRun {
        sourceIds = Lists.copyOf(sourceIds);
        counts = counts == null ? CrawlCounts.ZERO : counts;
    }
}
