package org.imhfinder.ingest.memory;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageMemoryEntry;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page memory on {@code imh.page-memory.v1}: compacted, keyed by canonical URL, so the topic
 * holds one entry per page however often it is crawled, and a tombstone removes a page that is
 * gone. Writes are asynchronous (a fetch does not wait for them) through an idempotent producer,
 * so a URL's entries are stored in the order they were written. Only the instance that crawls a
 * source writes its pages; at start each instance reads the whole topic and keeps its own sources'
 * pages ({@link #restore}).
 */
public final class KafkaPageMemoryStore implements PageMemoryStore {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaPageMemoryStore.class);

    private final KafkaProducer<String, String> producer;

    public KafkaPageMemoryStore(String bootstrap, int instance) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.CLIENT_ID_CONFIG, "imh-ingest-page-memory-" + instance),
                new StringSerializer(), new StringSerializer());
    }

    @Override
    public void put(PageMemoryEntry entry) {
        send(entry.url(), Json.write(entry));
    }

    @Override
    public void remove(String url) {
        send(url, null);
    }

    /** Never throws: a lost write costs one full fetch after a restart, never the page event that was just published. */
    private void send(String url, String value) {
        try {
            producer.send(new ProducerRecord<>(Topics.PAGE_MEMORY, url, value), (meta, failure) -> {
                if (failure != null) {
                    lost(url, value, failure);
                }
            });
        } catch (RuntimeException e) { // closed while stopping, or a record Kafka refuses at once
            lost(url, value, e);
        }
    }

    private static void lost(String url, String value, Exception why) {
        LOG.warn("page memory: {} of {} not written ({}): after a restart the page is {}",
                value == null ? "removal" : "entry", url, why.getMessage(),
                value == null ? "asked about with validators it may no longer have" : "fetched in full once");
    }

    @Override
    public void close() {
        producer.close();
    }

    /**
     * Reads {@code imh.page-memory.v1} from its start to its end and restores the pages of these
     * sources into {@code memory}. Waits at most {@code wait}: what was read by then is restored
     * (the topic's partitions are read in order, so an entry read is one the page once had, and a
     * conditional request with an old validator only gets the page in full), the rest is fetched
     * in full once.
     */
    public static Restored restore(String bootstrap, PageMemory memory, Set<String> sourceIds, Duration wait) {
        long started = System.nanoTime();
        PageMemoryReplay replay = new PageMemoryReplay(memory, sourceIds::contains);
        String incomplete = null;
        try {
            TopicSnapshot.scan(bootstrap, Topics.PAGE_MEMORY, wait, record -> replay.accept(record.key(), record.value()));
        } catch (RuntimeException e) {
            incomplete = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new Restored(replay.pages(), replay.records(), replay.unusable(),
                Duration.ofNanos(System.nanoTime() - started), incomplete);
    }

    /** What {@link #restore} read: pages restored, records read, records unusable, how long, and why it stopped early (null: it read to the end). */
    public record Restored(int pages, int records, int unusable, Duration took, String incomplete) {
    }
}
