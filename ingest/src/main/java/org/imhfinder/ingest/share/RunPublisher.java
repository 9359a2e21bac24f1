package org.imhfinder.ingest.share;

import java.util.List;
import org.imhfinder.schema.CrawlRun;

/**
 * Where crawl run states go: {@code imh.crawls.v1} keyed by crawl id, or, when several ingest
 * instances share the sources, this instance's part on {@code imh.crawl-parts.v1}.
 */
@FunctionalInterface
public interface RunPublisher {
    /**
     * Publishes a state; false when it could not (the caller tries again on the next tick).
     * {@code instances}: the ingest instances taking part in the run.
     */
    boolean publish(CrawlRun run, List<Integer> instances);
}
