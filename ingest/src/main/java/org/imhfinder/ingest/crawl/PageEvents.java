package org.imhfinder.ingest.crawl;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imhfinder.ingest.fetch.Charsets;
import org.imhfinder.ingest.fetch.FetchResponse;
import org.imhfinder.ingest.frontier.CrawlTask;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;

/** Builds the {@code imh.pages.v1} record of one page fetch. */
final class PageEvents {
    /** Set in a page event's headers when the body was cut at the size cap. */
    static final String TRUNCATED_HEADER = "x-imh-truncated";

    private PageEvents() {
    }

    static PageEvent html(CrawlTask task, FetchResponse response, Charsets.Decoded decoded, Instant now) {
        return event(task, response, PageStatus.OK, response.url().toString(), decoded.charset().name(), decoded.text(),
                null, null, now);
    }

    static PageEvent pdf(CrawlTask task, FetchResponse response, Instant now) {
        return event(task, response, PageStatus.OK, response.url().toString(), null, null, response.body(), null, now);
    }

    static PageEvent status(CrawlTask task, FetchResponse response, PageStatus status, String finalUrl, String error,
                            Instant now) {
        return event(task, response, status, finalUrl, null, null, null, error, now);
    }

    private static PageEvent event(CrawlTask task, FetchResponse response, PageStatus status, String finalUrl,
                                   String charset, String body, byte[] binary, String error, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        headers.remove("content-encoding"); // the body is decompressed
        if (response.truncated()) {
            headers.put(TRUNCATED_HEADER, "true");
        }
        return new PageEvent(PageEvent.SCHEMA_VERSION, task.sourceId(), task.crawlId(), task.url().toString(), finalUrl,
                status, response.status(), headers, response.header("content-type"), charset, body, binary,
                task.referrer(), task.depth(), now, error);
    }
}
