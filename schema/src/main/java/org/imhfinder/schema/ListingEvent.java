package org.imhfinder.schema;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a listing's history: what happened ({@code kind}, {@code detail}), when it happened
 * (the fetch or decision time that caused it, or the moment a time threshold passed) and the
 * listing's freshness status and review reasons right after it.
 */
public record ListingEvent(Instant at, Kind kind, FreshnessStatus status, List<ReviewReason> reasons, String detail) {

    public ListingEvent {
        reasons = Lists.copyOf(reasons);
    }

    /** What a history entry records. */
    public enum Kind {
        /** The listing was indexed for the first time. */
        INDEXED,
        /** Its freshness status or review reasons changed. */
        STATUS,
        /** Its page moved; {@code detail} says from where to where. */
        MOVED,
        /** Key fields changed; {@code detail} names them. */
        CONTENT_CHANGED
    }
}
