package org.imhfinder.ingest.crawl;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.runtime.kafka.KafkaHeaders;

/**
 * The outcome's page event as the record to write: JSON within the record limit (its text cut and
 * marked when it would not fit, counted and noted in the run), keyed by its canonical URL.
 */
final class PageRecord implements Processor {
    private final PageEventLimit limit;
    private final CrawlMetrics metrics;

    PageRecord(PageEventLimit limit, CrawlMetrics metrics) {
        this.limit = limit;
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) {
        TaskOutcome outcome = exchange.getProperty(FetchStep.OUTCOME, TaskOutcome.class);
        PageEventLimit.Written written = limit.write(outcome.event);
        if (written.cut()) {
            outcome.event = written.event();
            outcome.note = outcome.task.url() + ": page cut to its first " + written.event().body().length()
                    + " characters to fit one record of at most " + limit.maxBytes() + " bytes";
            metrics.truncated(CrawlMetrics.TRUNCATED_RECORD_LIMIT, outcome.task.host());
        }
        exchange.getMessage().setHeader(KafkaHeaders.KEY, written.event().url());
        exchange.getMessage().setBody(written.json());
    }
}
