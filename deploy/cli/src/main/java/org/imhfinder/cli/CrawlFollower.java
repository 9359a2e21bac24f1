package org.imhfinder.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.schema.CrawlJoin;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;

/**
 * Writes a crawl request and follows the run's states on {@code imh.crawls.v1}. It starts
 * reading at the topic's end before the request is written, so no state of the run is missed.
 */
final class CrawlFollower implements AutoCloseable {
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(15);

    /** Kafka or ingest did not answer in time. */
    static final class NoAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String kafka;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;

    private CrawlFollower(String kafka, KafkaProducer<String, String> producer, KafkaConsumer<String, String> consumer) {
        this.kafka = kafka;
        this.producer = producer;
        this.consumer = consumer;
    }

    static CrawlFollower open(String kafka) {
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
        CrawlFollower follower = new CrawlFollower(kafka, producer, consumer);
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CRAWLS, KAFKA_TIMEOUT).stream()
                    .map(p -> new TopicPartition(Topics.CRAWLS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        } catch (RuntimeException e) {
            follower.close();
            throw new NoAnswer("cannot reach Kafka at " + kafka + " (is the stack running? ./imh up): " + e.getMessage(), e);
        }
        return follower;
    }

    void request(CrawlRequest request) {
        try {
            producer.send(new ProducerRecord<>(Topics.CRAWL_REQUESTS, request.crawlId(), Json.write(request)))
                    .get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new NoAnswer("cannot write the crawl request to Kafka at " + kafka + ": " + e.getMessage(), e);
        }
    }

    /** Follows a run until it is SETTLED or FAILED; gives up when ingest says nothing for {@code answerTimeout}. */
    CrawlRun follow(String crawlId, Duration answerTimeout, Consumer<CrawlRun> onChange) {
        return follow(crawlId, answerTimeout, onChange, null);
    }

    /** The crawl a request for these sources joins ({@link CrawlJoin}): one of them all that is running. */
    java.util.Optional<CrawlRun> running(List<String> wanted) {
        try {
            Map<String, CrawlRun> runs = TopicSnapshot.read(kafka, Topics.CRAWLS, v -> Json.read(v, CrawlRun.class), KAFKA_TIMEOUT);
            return CrawlJoin.running(runs.values(), wanted);
        } catch (RuntimeException e) {
            throw new NoAnswer("cannot read the crawls from Kafka at " + kafka + ": " + e.getMessage(), e);
        }
    }

    /** Follows a run that already started: its latest state is read first (it may not change for a while). */
    CrawlRun followRunning(String crawlId, Duration answerTimeout, Consumer<CrawlRun> onChange) {
        CrawlRun current = TopicSnapshot.read(kafka, Topics.CRAWLS, v -> Json.read(v, CrawlRun.class), KAFKA_TIMEOUT).get(crawlId);
        if (current != null) {
            onChange.accept(current);
        }
        return follow(crawlId, answerTimeout, onChange, current);
    }

    private CrawlRun follow(String crawlId, Duration answerTimeout, Consumer<CrawlRun> onChange, CrawlRun initial) {
        long quietSince = System.nanoTime();
        CrawlRun latest = initial;
        while (latest == null || !latest.state().isFinal()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (crawlId.equals(record.key()) && record.value() != null) {
                    latest = Json.read(record.value(), CrawlRun.class);
                    onChange.accept(latest);
                    quietSince = System.nanoTime();
                }
            }
            if (latest == null && System.nanoTime() - quietSince > answerTimeout.toNanos()) {
                throw new NoAnswer("no ingest took crawl " + crawlId + " up within " + answerTimeout.toSeconds()
                        + " s; the request stays queued for when ingest runs", null);
            }
        }
        return latest;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
    }
}
