package org.imhfinder.searchapi.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this process knows about crawls: every {@code imh.crawls.v1} record (the runs, as ingest
 * republishes them) and every {@code imh.crawl-requests.v1} record (crawls asked for, perhaps
 * not started yet), read from the beginning by a consumer of its own (no group, nothing
 * committed), so every instance of the API answers the same. Runs are kept as the JSON ingest
 * wrote, so fields ingest adds reach clients unchanged.
 */
public final class CrawlStates extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlStates.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrap;
    private final Map<String, ObjectNode> runs = new ConcurrentHashMap<>();
    private final Map<String, CrawlRequest> requests = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopping;
    private Thread reader;

    public CrawlStates(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** The run's latest record, if ingest has reported it. */
    public Optional<ObjectNode> run(String crawlId) {
        return Optional.ofNullable(runs.get(crawlId));
    }

    public Optional<CrawlRequest> request(String crawlId) {
        return Optional.ofNullable(requests.get(crawlId));
    }

    public Collection<ObjectNode> runs() {
        return List.copyOf(runs.values());
    }

    /** True once everything on the topics when this process started has been read. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** Remembers a request this process just published, before it reads it back. */
    public void remember(CrawlRequest request) {
        requests.put(request.crawlId(), request);
    }

    void apply(String topic, String key, String value) {
        if (key == null) {
            return;
        }
        if (Topics.CRAWLS.equals(topic)) {
            if (value == null) {
                runs.remove(key);
            } else {
                readObject(value).ifPresent(run -> runs.put(key, run));
            }
        } else if (value != null) {
            try {
                readObject(value).map(json -> Json.mapper().convertValue(json, CrawlRequest.class))
                        .ifPresent(request -> requests.put(key, request));
            } catch (IllegalArgumentException e) {
                LOG.warn("skipping a crawl request that is not a CrawlRequest: {}", e.getMessage());
            }
        }
    }

    @Override
    protected void doStart() {
        stopping = false;
        reader = new Thread(this::readForever, "imh-search-api-crawl-states");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    protected void doStop() throws InterruptedException {
        stopping = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (reader != null) {
            reader.join(10_000);
        }
    }

    private void readForever() {
        while (!stopping) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(properties())) {
                consumer = kafka;
                List<TopicPartition> partitions = partitions(kafka);
                kafka.assign(partitions);
                kafka.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
                while (!stopping) {
                    for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                        apply(record.topic(), record.key(), record.value());
                    }
                    if (!caughtUp && ends.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue())) {
                        caughtUp = true;
                        LOG.info("crawl states read: {} runs, {} requests", runs.size(), requests.size());
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.warn("reading crawl states failed ({}); trying again", e.toString());
                    pause();
                }
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.CRAWLS, Topics.CRAWL_REQUESTS)) {
            kafka.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "imh-search-api-crawl-states");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    private static Optional<ObjectNode> readObject(String value) {
        try {
            JsonNode json = Json.mapper().readTree(value);
            return json instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("skipping a crawl record that is not JSON: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
