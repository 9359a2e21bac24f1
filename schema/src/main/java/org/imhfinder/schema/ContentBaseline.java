package org.imhfinder.schema;

import java.time.Instant;
import java.util.Map;

/**
 * The key fields of a listing as last accepted: by a curator's CONFIRM ({@code confirmed}), or as
 * first extracted. Each field is kept as a short fingerprint of its value; a listing whose key
 * fields no longer match its baseline is flagged CONTENT_CHANGED.
 *
 * <p>A program is assembled from every page that describes it, and the pages of one crawl arrive in
 * any order: a hub's summary may come before the program's own page. So a first extraction's
 * baseline follows the program until its first crawl ends ({@code crawlId}): it is the program as
 * that whole crawl described it, whichever page came first, not what the first page alone said.
 *
 * @param at when the baseline was taken (the decision time, or the first extraction's fetch time)
 * @param crawlId the crawl a first extraction's baseline follows; null once a curator confirmed it
 */
public record ContentBaseline(Instant at, boolean confirmed, Map<String, String> fingerprints, String crawlId) {
    public ContentBaseline {
        fingerprints = Lists.copyOf(fingerprints);
    }

    /** A curator's confirmation of these fingerprints at {@code at}. */
    public static ContentBaseline confirmed(Instant at, Map<String, String> fingerprints) {
        return new ContentBaseline(at, true, fingerprints, null);
    }

    /** The program as first extracted, fetched at {@code at} in crawl {@code crawlId}. */
    public static ContentBaseline firstExtraction(Instant at, Map<String, String> fingerprints, String crawlId) {
        return new ContentBaseline(at, false, fingerprints, crawlId);
    }

    /** True when it is a first extraction's baseline and {@code crawlId} is the crawl it follows. */
    public boolean follows(String crawlId) {
        return !confirmed && this.crawlId != null && this.crawlId.equals(crawlId);
    }

    /** The same baseline with other fingerprints. */
    public ContentBaseline withFingerprints(Map<String, String> other) {
        return new ContentBaseline(at, confirmed, other, crawlId);
    }
}
