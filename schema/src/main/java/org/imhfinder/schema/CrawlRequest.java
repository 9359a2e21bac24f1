package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A request to crawl now (schema v1): the value on {@code imh.crawl-requests.v1}. A null
 * {@code sourceId} asks for every source in one run.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrawlRequest(int schemaVersion, String crawlId, String sourceId, String requestedBy, Instant requestedAt) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;
}
