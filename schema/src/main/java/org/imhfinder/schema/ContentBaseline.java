package org.imhfinder.schema;

import java.time.Instant;
import java.util.Map;

/**
 * The key fields of a listing as last accepted: by a curator's CONFIRM ({@code confirmed}), or as
 * first extracted. Each field is kept as a short fingerprint of its value; a listing whose key
 * fields no longer match its baseline is flagged CONTENT_CHANGED. {@code values} keeps the same
 * fields' values (as JSON), so that a curator sees what a changed field was, not only that it
 * changed; it is empty in states written before the values were kept.
 *
 * @param at when the baseline was taken (the decision time, or the first extraction's fetch time)
 */
public record ContentBaseline(Instant at, boolean confirmed, Map<String, String> fingerprints, Map<String, Object> values) {
    public ContentBaseline {
        fingerprints = Lists.copyOf(fingerprints);
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** A baseline of fingerprints alone (its values unknown). */
    public ContentBaseline(Instant at, boolean confirmed, Map<String, String> fingerprints) {
        this(at, confirmed, fingerprints, Map.of());
    }
}
