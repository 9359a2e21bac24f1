package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Map;

/**
 * One fetch of one URL (schema v1): the value on {@code imh.pages.v1}, keyed by the canonical URL.
 *
 * <p>{@code url} is the canonical URL that was requested; {@code finalUrl} where the content (or
 * the move) ended up. {@code body} holds decoded text for HTML and other text types and
 * {@code binaryBody} the raw bytes of a PDF; both are set only when {@code status} is OK.
 * {@code headers} keeps the few response headers that matter downstream (content type, ETag,
 * Last-Modified, Location). {@code referrer} is the page that linked here, if any; it lets a
 * requirement PDF enrich the listing of the page that links to it. {@code error} says why an
 * ERROR happened.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageEvent(
        int schemaVersion,
        String sourceId,
        String crawlId,
        String url,
        String finalUrl,
        PageStatus status,
        int httpStatus,
        Map<String, String> headers,
        String contentType,
        String charset,
        String body,
        byte[] binaryBody,
        String referrer,
        int depth,
        Instant fetchedAt,
        String error) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The largest page event (its JSON, in bytes of UTF-8) a crawler with this body cap
     * ({@code IMH_CRAWL_MAX_BODY_BYTES}) writes, and so the largest a reader of {@code imh.pages.v1}
     * need take: the cap with room for a PDF's base64 (a third more) and the other fields, never more
     * than one record may be ({@link Topics#MAX_RECORD_BYTES}, less room for its key and headers). The
     * crawler cuts a page whose text would make its event larger, and marks it truncated.
     */
    public static long maxBytes(long maxBodyBytes) {
        return Math.min(maxBodyBytes * 3 / 2 + 64 * 1024, Topics.MAX_RECORD_BYTES - 64 * 1024);
    }

    public PageEvent {
        headers = Lists.copyOf(headers);
    }

    /** True for a PDF document (by its content type); derived, so not written as a property. */
    @JsonIgnore
    public boolean isPdf() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf");
    }
}
