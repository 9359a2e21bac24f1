package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The state of one crawl run (schema v1): the value on the compacted {@code imh.crawls.v1},
 * keyed by crawl id, republished on every state change and at most every second or two while
 * its counts change.
 *
 * <p>Added within v1 (readers of older records see them absent): {@code trigger} and
 * {@code requestedBy} (who started the run), {@code sourceCounts} (the counts per source;
 * {@code counts} is their sum), {@code nextRuns} (for each scheduled source of the run, when its
 * schedule starts it next, as known when the record was written), {@code alreadyRunningAs} (set
 * on a run refused because its sources were already being crawled: the crawl id to follow
 * instead) and {@code notes} (the first few things the run skipped or failed on, with why).
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
        String error,
        CrawlTrigger trigger,
        String requestedBy,
        Map<String, CrawlCounts> sourceCounts,
        Map<String, Instant> nextRuns,
        String alreadyRunningAs,
        List<String> notes) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    public CrawlRun {
        sourceIds = Lists.copyOf(sourceIds);
        counts = counts == null ? CrawlCounts.ZERO : counts;
        sourceCounts = Lists.copyOf(sourceCounts);
        nextRuns = Lists.copyOf(nextRuns);
        notes = Lists.copyOf(notes);
    }

    /** A run with only the fields of the first v1 records. */
    public CrawlRun(int schemaVersion, String crawlId, List<String> sourceIds, CrawlState state, CrawlCounts counts,
                    Instant startedAt, Instant fetchedAt, Instant settledAt, Instant updatedAt, String error) {
        this(schemaVersion, crawlId, sourceIds, state, counts, startedAt, fetchedAt, settledAt, updatedAt, error,
                null, null, null, null, null, null);
    }
}
