package org.imhfinder.schema;

/**
 * What started a crawl run: a source's schedule, a request ({@code imh.crawl-requests.v1}), or the
 * crawler's own re-check of pages that are due ({@code RECHECK}: such runs are internal, never
 * published on {@code imh.crawls.v1}).
 */
public enum CrawlTrigger {
    SCHEDULE,
    REQUEST,
    RECHECK
}
