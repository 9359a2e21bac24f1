package org.imhfinder.ingest.crawl;

import org.apache.camel.ProducerTemplate;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.Topics;

/** Writes page events to {@code imh.pages.v1}, keyed by canonical URL; returns once Kafka acknowledged. */
public final class PagePublisher {
    static final String ENDPOINT = "kafka:" + Topics.PAGES;

    private final ProducerTemplate producer;

    public PagePublisher(ProducerTemplate producer) {
        this.producer = producer;
    }

    public void publish(PageEvent event) {
        producer.sendBodyAndHeader(ENDPOINT, Json.write(event), KafkaHeaders.KEY, event.url());
    }
}
