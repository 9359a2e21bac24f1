package org.imhfinder.ingest.crawl;

import org.apache.camel.ProducerTemplate;
import org.imhfinder.ingest.run.RunPublisher;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes run states to {@code imh.crawls.v1}, keyed by crawl id; a failure is logged, the next tick retries. */
final class KafkaRunPublisher implements RunPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRunPublisher.class);
    static final String ENDPOINT = "kafka:" + Topics.CRAWLS;

    private final ProducerTemplate producer;

    KafkaRunPublisher(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public boolean publish(CrawlRun run) {
        try {
            producer.sendBodyAndHeader(ENDPOINT, Json.write(run), KafkaHeaders.KEY, run.crawlId());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("could not publish the state of crawl {}: {}", run.crawlId(), e.getMessage());
            return false;
        }
    }
}
