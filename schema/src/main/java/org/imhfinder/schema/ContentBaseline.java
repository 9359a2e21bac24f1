package org.imhfinder.schema;

import java.time.Instant;
import java.util.Map;

/**
 * The key fields of a listing as last accepted: by a curator's CONFIRM ({@code confirmed}), or as
 * first extracted. Each field is kept as a short fingerprint of its value; a listing whose key
 * fields no longer match its baseline is flagged CONTENT_CHANGED.
 *
 * @param at when the baseline was taken (the decision time, or the first extraction's fetch time)
 */
public record ContentBaseline(Instant at, boolean confirmed, Map<String, String> fingerprints) {
    public ContentBaseline {
        fingerprints = Lists.copyOf(fingerprints);
    }
}
