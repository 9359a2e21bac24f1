package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One line of the crawl frontier's journal (schema v1), on {@code imh.frontier.v1} keyed by
 * {@code crawlId/instance}: a task a run queued ({@code QUEUED}) or finished ({@code DONE}, with
 * the outcome it was counted as, null when it counts as none). {@code kind} is the crawler's task
 * kind ({@code PAGE}, {@code SITEMAP_DISCOVERY}, {@code SITEMAP}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FrontierEntry(int schemaVersion, String crawlId, int instance, Event event, String kind,
                            String sourceId, String url, int depth, String referrer, String outcome) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    /** What happened to the task. */
    public enum Event { QUEUED, DONE }

    public String key() {
        return CrawlRunPart.key(crawlId, instance);
    }
}
