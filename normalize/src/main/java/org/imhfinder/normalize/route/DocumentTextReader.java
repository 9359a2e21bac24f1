package org.imhfinder.normalize.route;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.schema.DocumentText;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the whole compacted {@code imh.documents.v1} into this instance's {@link DocumentStore},
 * from the beginning at every start and then as documents arrive (no consumer group: every
 * instance needs every document, whichever instance extracted it). Pages that waited for an
 * arriving document are handed to {@code again}. {@link #awaitCaughtUp} lets the stage read pages
 * only once the documents known at start are loaded, so a restart does not publish listings
 * without the PDF fields they had. A record that is not a usable document text goes to the
 * dead-letter topic (see {@link #read}).
 */
public final class DocumentTextReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentTextReader.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);
    /**
     * PdfText keeps at most 200,000 characters, so a document record normalize writes is under about 1.2 MB; the
     * topic stores up to 4 MB.
     */
    static final long MAX_RECORD_BYTES = 2L * 1024 * 1024;

    private final String bootstrap;
    private final PageNormalizer normalizer;
    private final Consumer<PageEvent> again;
    private final BiConsumer<ConsumerRecord<String, String>, InvalidRecordException> deadLetter;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public DocumentTextReader(String bootstrap, PageNormalizer normalizer, Consumer<PageEvent> again,
                              BiConsumer<ConsumerRecord<String, String>, InvalidRecordException> deadLetter) {
        this.bootstrap = bootstrap;
        this.normalizer = normalizer;
        this.again = again;
        this.deadLetter = deadLetter;
    }

    public void start() {
        thread = new Thread(this::run, "imh-normalize-documents");
        thread.setDaemon(true);
        thread.start();
    }

    /** True once the documents that existed at start are loaded (waits at most {@code timeout}). */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(properties())) {
                consumer = c;
                Map<TopicPartition, Long> end = assignAll(c);
                readUntilStopped(c, end);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("reading {} failed, retrying in {}: {}", Topics.DOCUMENTS, RETRY, e.toString());
                sleep();
            }
        }
    }

    private Map<TopicPartition, Long> assignAll(KafkaConsumer<String, String> c) {
        List<PartitionInfo> infos = c.partitionsFor(Topics.DOCUMENTS);
        if (infos == null || infos.isEmpty()) {
            caughtUp.countDown(); // nothing to load yet; keep trying to assign the topic
            throw new IllegalStateException(Topics.DOCUMENTS + " does not exist yet");
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        c.assign(partitions);
        c.seekToBeginning(partitions);
        return new HashMap<>(c.endOffsets(partitions));
    }

    private void readUntilStopped(KafkaConsumer<String, String> c, Map<TopicPartition, Long> end) {
        Instant started = Instant.now();
        while (running) {
            for (ConsumerRecord<String, String> record : c.poll(POLL)) {
                apply(record, record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L));
            }
            if (!isCaughtUp() && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                LOG.info("{} loaded: {} documents in {}", Topics.DOCUMENTS, normalizer.knownDocuments(),
                        Duration.between(started, Instant.now()));
                caughtUp.countDown();
            }
        }
    }

    /** Applies one record; {@code arrived} is false for records that were on the topic when this reading began. */
    private void apply(ConsumerRecord<String, String> record, boolean arrived) {
        if (record.value() == null) {
            normalizer.documentGone(record.key());
            return;
        }
        DocumentText document;
        try {
            document = read(record);
        } catch (InvalidRecordException e) {
            refuse(record, e, arrived);
            return;
        }
        try {
            for (PageEvent page : normalizer.documentArrived(document)) {
                again.accept(page);
            }
        } catch (RuntimeException e) {
            LOG.warn("normalizing pages again after document {} failed: {}", record.key(), e.toString());
        }
    }

    /** A document record as normalize writes it: not too large, JSON of this schema version, with its URL. */
    static DocumentText read(ConsumerRecord<String, String> record) {
        RecordSizeLimit.check(record.value(), MAX_RECORD_BYTES, record.topic());
        DocumentText document = Json.read(record.value(), DocumentText.class);
        if (document.schemaVersion() != DocumentText.SCHEMA_VERSION) {
            throw new InvalidRecordException("unsupported DocumentText schemaVersion " + document.schemaVersion());
        }
        if (document.url() == null || document.url().isBlank()) {
            throw new InvalidRecordException("a document text needs the document's url");
        }
        return document;
    }

    /**
     * An unusable record that arrived while this instance was reading is dead-lettered (by every instance that
     * reads it: the letters name the same topic, partition and offset); one that was there when reading began
     * was dead-lettered when it arrived, so it is only skipped.
     */
    private void refuse(ConsumerRecord<String, String> record, InvalidRecordException e, boolean arrived) {
        if (!arrived) {
            LOG.warn("skipping unusable document record {} at {}-{}@{}: {}", record.key(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        try {
            deadLetter.accept(record, e);
        } catch (RuntimeException failed) {
            LOG.warn("cannot dead-letter document record {} ({}): {}", record.key(), e.getMessage(), failed.toString());
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(Topics.MAX_RECORD_BYTES));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "imh-normalize-documents-" + java.util.UUID.randomUUID());
        return p;
    }

    private void sleep() {
        try {
            Thread.sleep(RETRY.toMillis()); // back off before reconnecting to Kafka
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
