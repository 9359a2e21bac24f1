package org.imhfinder.schema;

/** What started a crawl run: a source's schedule, or a request ({@code imh.crawl-requests.v1}). */
public enum CrawlTrigger {
    SCHEDULE,
    REQUEST
}
