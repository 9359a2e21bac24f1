package org.imhfinder.indexer.freshness;

import java.time.Instant;
import java.util.List;
import org.imhfinder.schema.Freshness;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.ReviewReason;

/**
 * A listing's freshness at one moment, as readers see it: the {@link Freshness} of the document,
 * the reasons a running snooze hides, the changed key fields, the review priority, and when the
 * view next changes with time alone ({@code recheckAt}, null when it never does).
 */
public record FreshnessView(
        Instant lastSeenAt,
        Instant lastChangedAt,
        Instant lastConfirmedAt,
        FreshnessStatus status,
        List<ReviewReason> reasons,
        List<ReviewReason> snoozedReasons,
        List<String> changedFields,
        int reviewPriority,
        Instant recheckAt) {

    public FreshnessView {
        reasons = List.copyOf(reasons);
        snoozedReasons = List.copyOf(snoozedReasons);
        changedFields = List.copyOf(changedFields);
    }

    public Freshness freshness() {
        return new Freshness(lastSeenAt, lastChangedAt, lastConfirmedAt, status, reasons);
    }

    /** True when status and visible reasons are the same (what a history entry records). */
    public boolean sameStatusAs(FreshnessStatus otherStatus, List<ReviewReason> otherReasons) {
        return status == otherStatus && reasons.equals(otherReasons);
    }
}
