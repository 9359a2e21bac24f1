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
 * <p>A program is assembled from every page that describes it, and the pages of one crawl arrive in
 * any order: a hub's summary may come before the program's own page. So a first extraction's
 * baseline follows the program until its first crawl ends ({@code crawlId}): it is the program as
 * that whole crawl described it, whichever page came first, not what the first page alone said.
 *
 * @param at when the baseline was taken (the decision time, or the first extraction's fetch time)
 * @param crawlId the crawl a first extraction's baseline follows; null once a curator confirmed it
 */
public record ContentBaseline(Instant at, boolean confirmed, Map<String, String> fingerprints, String crawlId,
                              Map<String, Object> values) {
    public ContentBaseline {
        fingerprints = Lists.copyOf(fingerprints);
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** A baseline of fingerprints alone (its values unknown). */
    public ContentBaseline(Instant at, boolean confirmed, Map<String, String> fingerprints, String crawlId) {
        this(at, confirmed, fingerprints, crawlId, Map.of());
    }

    /** A baseline of fingerprints alone (its values unknown), following no crawl. */
    public ContentBaseline(Instant at, boolean confirmed, Map<String, String> fingerprints) {
        this(at, confirmed, fingerprints, null, Map.of());
    }

    /** A curator's confirmation of these fingerprints at {@code at}. */
    public static ContentBaseline confirmed(Instant at, Map<String, String> fingerprints) {
        return confirmed(at, fingerprints, Map.of());
    }

    /** A curator's confirmation of these key fields ({@code fingerprints} and their {@code values}) at {@code at}. */
    public static ContentBaseline confirmed(Instant at, Map<String, String> fingerprints, Map<String, Object> values) {
        return new ContentBaseline(at, true, fingerprints, null, values);
    }

    /** The program as first extracted, fetched at {@code at} in crawl {@code crawlId}. */
    public static ContentBaseline firstExtraction(Instant at, Map<String, String> fingerprints, String crawlId) {
        return firstExtraction(at, fingerprints, crawlId, Map.of());
    }

    /** The program as first extracted (key fields' fingerprints and values), fetched at {@code at} in crawl {@code crawlId}. */
    public static ContentBaseline firstExtraction(Instant at, Map<String, String> fingerprints, String crawlId,
                                                  Map<String, Object> values) {
        return new ContentBaseline(at, false, fingerprints, crawlId, values);
    }

    /** True when it is a first extraction's baseline and {@code crawlId} is the crawl it follows. */
    public boolean follows(String crawlId) {
        return !confirmed && this.crawlId != null && this.crawlId.equals(crawlId);
    }

    /** The same baseline with other fingerprints (its values unchanged). */
    public ContentBaseline withFingerprints(Map<String, String> other) {
        return new ContentBaseline(at, confirmed, other, crawlId, values);
    }

    /** The same baseline with other key fields: their fingerprints and their values. */
    public ContentBaseline withKeyFields(Map<String, String> otherFingerprints, Map<String, Object> otherValues) {
        return new ContentBaseline(at, confirmed, otherFingerprints, crawlId, otherValues);
    }
}
