package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One ingest instance's part of a crawl run (schema v1), on {@code imh.crawl-parts.v1} keyed by
 * {@code crawlId/instance}: the run as that instance sees it (its own sources and counts), and
 * which instances take part in the run ({@code instances}, ascending; the first one combines the
 * parts into the run on {@code imh.crawls.v1}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrawlRunPart(int schemaVersion, int instance, List<Integer> instances, CrawlRun run) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    public CrawlRunPart {
        instances = Lists.copyOf(instances);
    }

    public static String key(String crawlId, int instance) {
        return crawlId + "/" + instance;
    }

    public String key() {
        return key(run.crawlId(), instance);
    }
}
