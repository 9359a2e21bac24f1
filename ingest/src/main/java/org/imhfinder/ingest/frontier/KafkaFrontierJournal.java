package org.imhfinder.ingest.frontier;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.schema.FrontierEntry;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frontier's journal on {@code imh.frontier.v1}, keyed by run and instance so that a run's
 * entries stay in the order they were written. Sends are asynchronous (a page's fetch does not
 * wait for them) through an idempotent producer: within a key, an entry is stored only after
 * every entry written before it.
 */
public final class KafkaFrontierJournal implements FrontierJournal {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaFrontierJournal.class);

    private final KafkaProducer<String, String> producer;
    private final int instance;

    public KafkaFrontierJournal(String bootstrap, int instance) {
        this.instance = instance;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.CLIENT_ID_CONFIG, "imh-ingest-frontier-" + instance),
                new StringSerializer(), new StringSerializer());
    }

    @Override
    public void queued(CrawlTask task) {
        write(task, FrontierEntry.Event.QUEUED, null);
    }

    @Override
    public void done(CrawlTask task, String outcome) {
        write(task, FrontierEntry.Event.DONE, outcome);
    }

    private void write(CrawlTask task, FrontierEntry.Event event, String outcome) {
        FrontierEntry entry = new FrontierEntry(FrontierEntry.SCHEMA_VERSION, task.crawlId(), instance, event,
                task.kind().name(), task.sourceId(), task.url().toString(), task.depth(), task.referrer(), outcome);
        producer.send(new ProducerRecord<>(Topics.FRONTIER, entry.key(), Json.write(entry)), (meta, failure) -> {
            if (failure != null) {
                LOG.warn("frontier journal: {} {} of crawl {} not written ({}): a run resumed after a restart may miss or repeat it",
                        event, task.url(), task.crawlId(), failure.getMessage());
            }
        });
    }

    @Override
    public void close() {
        producer.close();
    }
}
