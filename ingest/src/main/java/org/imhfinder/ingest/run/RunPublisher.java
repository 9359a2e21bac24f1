package org.imhfinder.ingest.run;

import org.imhfinder.schema.CrawlRun;

/** Where crawl run states go ({@code imh.crawls.v1}, keyed by crawl id). */
@FunctionalInterface
public interface RunPublisher {
    /** Publishes a state; false when it could not (the caller tries again on the next tick). */
    boolean publish(CrawlRun run);
}
