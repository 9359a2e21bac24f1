package org.imhfinder.production.scaleout;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;

/**
 * Asks for a crawl by writing a {@link CrawlRequest} to {@code imh.crawl-requests.v1}, as
 * {@code ./imh crawl} does, and reads the run's states from {@code imh.crawls.v1}, from the topic's
 * end as it was before the request (so no state is missed).
 */
public final class CrawlWatch implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, CrawlRun> latest = new HashMap<>();

    public CrawlWatch(String bootstrap) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer());
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.CRAWLS, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(Topics.CRAWLS, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Requests a crawl of every source (a null source id); returns the request, its crawl id new. */
    public CrawlRequest requestEverySource(String requestedBy) throws Exception {
        Instant now = Instant.now();
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        CrawlRequest request = new CrawlRequest(CrawlRequest.SCHEMA_VERSION,
                "crawl-" + STAMP.format(now) + "-" + HexFormat.of().formatHex(random), null, requestedBy, now);
        producer.send(new ProducerRecord<>(Topics.CRAWL_REQUESTS, request.crawlId(), Json.write(request))).get(30, TimeUnit.SECONDS);
        return request;
    }

    /** Reads what came since the last call (call it from one thread); returns the run's latest state, or null before its first. */
    public CrawlRun poll(String crawlId) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            if (record.value() != null) {
                latest.put(record.key(), Json.read(record.value(), CrawlRun.class));
            }
        }
        return latest.get(crawlId);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
    }
}
