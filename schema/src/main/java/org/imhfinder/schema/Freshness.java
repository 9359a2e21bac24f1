package org.imhfinder.schema;

import java.time.Instant;
import java.util.List;

/**
 * How current a listing is, as the README defines it ("Indexing and freshness"): when its page
 * was last seen, when its content last changed, when it was last confirmed (seen or confirmed by a
 * curator), its status, and the reasons a curator should look at it.
 */
public record Freshness(
        Instant lastSeenAt,
        Instant lastChangedAt,
        Instant lastConfirmedAt,
        FreshnessStatus status,
        List<ReviewReason> reasons) {

    public Freshness {
        reasons = Lists.copyOf(reasons);
    }
}
