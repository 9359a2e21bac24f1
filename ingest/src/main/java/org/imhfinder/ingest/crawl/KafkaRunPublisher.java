package org.imhfinder.ingest.crawl;

import org.apache.camel.ProducerTemplate;
import org.imhfinder.ingest.share.RunPublisher;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import java.util.List;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlRunPart;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes run states to {@code imh.crawls.v1}, keyed by crawl id ({@link #runs}), or an instance's
 * parts of runs to {@code imh.crawl-parts.v1}, keyed by crawl id and instance ({@link #parts});
 * a failure is logged, the next tick retries.
 */
public final class KafkaRunPublisher implements RunPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRunPublisher.class);
    static final String ENDPOINT = "kafka:" + Topics.CRAWLS;
    static final String PARTS_ENDPOINT = "kafka:" + Topics.CRAWL_PARTS;

    private final ProducerTemplate producer;
    private final Integer instance;

    private KafkaRunPublisher(ProducerTemplate producer, Integer instance) {
        this.producer = producer;
        this.instance = instance;
    }

    public static KafkaRunPublisher runs(ProducerTemplate producer) {
        return new KafkaRunPublisher(producer, null);
    }

    public static KafkaRunPublisher parts(ProducerTemplate producer, int instance) {
        return new KafkaRunPublisher(producer, instance);
    }

    @Override
    public boolean publish(CrawlRun run, List<Integer> instances) {
        try {
            if (instance == null) {
                producer.sendBodyAndHeader(ENDPOINT, Json.write(run), KafkaHeaders.KEY, run.crawlId());
            } else {
                CrawlRunPart part = new CrawlRunPart(CrawlRunPart.SCHEMA_VERSION, instance, instances, run);
                producer.sendBodyAndHeader(PARTS_ENDPOINT, Json.write(part), KafkaHeaders.KEY, part.key());
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("could not publish the state of crawl {}: {}", run.crawlId(), e.getMessage());
            return false;
        }
    }
}
