package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the crawler needs to know about one listing to choose when to check its page again (schema
 * v1): the value on the compacted {@code imh.recheck-hints.v1}, keyed by program id, written by the
 * indexer with every listing state it writes. Ingest knows pages, the indexer knows listings; this
 * is the little of a listing a page's schedule depends on, so ingest never re-derives the freshness
 * rules.
 *
 * @param sourceUrl the program's own page: the page whose checks keep this listing fresh
 * @param status the listing's freshness status when the hint was written
 * @param reasons its review reasons then (snoozed ones included: a snooze hides a flag from curators, not from the crawler)
 * @param applicationDeadline its deadline as shown (a curator's override applied), null when none
 * @param lastConfirmedAt when its page last answered 200 or 304, or a curator confirmed it, whichever is later
 * @param agingAt when it turns AGING unless confirmed again (null: it does not age)
 * @param lastFetchedAt the fetch of its page the latest listing was extracted from (when a flag was raised)
 * @param writtenAt when the indexer wrote the hint
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecheckHint(int schemaVersion, String programId, String sourceId, String sourceUrl,
                          FreshnessStatus status, List<ReviewReason> reasons, LocalDate applicationDeadline,
                          Instant lastConfirmedAt, Instant agingAt, Instant lastFetchedAt, Instant writtenAt) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    public RecheckHint {
        reasons = Lists.copyOf(reasons);
    }

    /** True when a curator should look at the listing because its page changed or read worse: worth a second look soon. */
    public boolean flagged() {
        return reasons.contains(ReviewReason.CONTENT_CHANGED) || reasons.contains(ReviewReason.EXTRACTION_DEGRADED);
    }

    /** True when the listing still needs its page watched (not retired, not gone). */
    public boolean live() {
        return status != FreshnessStatus.RETIRED && status != FreshnessStatus.GONE;
    }
}
