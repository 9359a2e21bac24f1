package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * The text of one requirement document (a PDF) as normalize extracted it (schema v1): the value
 * on the compacted {@code imh.documents.v1}, keyed by the document's canonical URL, a tombstone
 * when the document is gone. Every normalize instance reads the whole topic, so a page and the
 * PDFs it links may be processed by different instances, in either order. {@code referrer} is
 * the page that linked the document; {@code text} is capped ({@code truncated} says so);
 * {@code textHash} lets a reader skip a document whose text did not change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentText(
        int schemaVersion,
        String sourceId,
        String crawlId,
        String url,
        String referrer,
        String title,
        String text,
        int pageCount,
        boolean truncated,
        String textHash,
        Instant fetchedAt,
        Instant extractedAt) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;
}
