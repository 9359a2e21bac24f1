package org.imhfinder.indexer;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.TestStack;

/**
 * The indexer stage running against the test stack, with what tests need around it: a producer
 * for its input topics, a wait until its group has committed everything sent (the SETTLED
 * contract), and readers for the index and the dead-letter topic.
 */
public final class IndexerHarness implements AutoCloseable {
    public static final Duration PATIENCE = Duration.ofSeconds(90);

    private final TestStack stack;
    private final Pipeline pipeline;
    private final KafkaProducer<String, String> producer;
    private final ElasticsearchClients es;
    private final Admin admin;

    private IndexerHarness(TestStack stack, Pipeline pipeline) {
        this.stack = stack;
        this.pipeline = pipeline;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        this.es = new ElasticsearchClients(stack.elasticsearchUrl());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()));
    }

    /** The indexer alone, with the test stack's settings plus {@code overrides}. */
    public static IndexerHarness start(TestStack stack, Map<String, String> overrides) {
        return start(stack, overrides, Clock.systemUTC());
    }

    /** The indexer on its own clock. */
    public static IndexerHarness start(TestStack stack, Map<String, String> overrides, Clock clock) {
        Map<String, String> values = new HashMap<>(overrides);
        values.putIfAbsent("IMH_HTTP_PORT", String.valueOf(freePort()));
        values.putIfAbsent("IMH_INDEXER_BATCH_WAIT", "PT0.05S");
        IndexerHarness harness = new IndexerHarness(stack,
                Pipeline.start(stack.settings(values), List.of(new IndexerStage(clock))));
        try {
            harness.awaitConsuming();
        } catch (RuntimeException e) {
            harness.close();
            throw e;
        }
        return harness;
    }

    /** Waits until the indexer's consumer has joined its group and got its partitions. */
    public void awaitConsuming() {
        await("the indexer to join its consumer group").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> {
            var group = admin.describeConsumerGroups(List.of(ConsumerGroups.INDEXER)).all().get(10, TimeUnit.SECONDS)
                    .get(ConsumerGroups.INDEXER);
            return group.members().stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty());
        });
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public ElasticsearchClient es() {
        return es.client();
    }

    public void send(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    public void listing(ProgramListing listing) {
        send(Topics.PROGRAMS, listing.id(), Json.write(listing));
    }

    /** Puts listings on {@code imh.programs.v1} before any indexer runs (a backlog), every one acknowledged. */
    public static void send(TestStack stack, List<ProgramListing> listings) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new StringSerializer())) {
            listings.forEach(l -> producer.send(new ProducerRecord<>(Topics.PROGRAMS, l.id(), Json.write(l))));
            producer.flush();
        }
    }

    public void outcome(PageOutcome outcome) {
        send(Topics.PAGE_OUTCOMES, outcome.url(), Json.write(outcome));
    }

    public void decision(CurationDecision decision) {
        send(Topics.CURATION, decision.programId(), Json.write(decision));
    }

    /** Waits until the indexer's group has committed every record of its topics: all of it is searchable. */
    public void awaitSettled() {
        await("the indexer to commit everything sent").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(this::settled);
    }

    public boolean settled() throws Exception {
        producer.flush();
        Map<TopicPartition, Long> ends = endOffsets(List.of(Topics.PROGRAMS, Topics.PAGE_OUTCOMES, Topics.CURATION));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ConsumerGroups.INDEXER)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
    }

    public Map<TopicPartition, Long> endOffsets(List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        for (var description : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
            description.partitions().forEach(p -> wanted.put(new TopicPartition(description.name(), p.partition()),
                    OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(wanted).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** The listing's document as the alias serves it, or null. */
    public ObjectNode doc(String id) {
        try {
            GetResponse<ObjectNode> response = es.client().get(g -> g.index(SearchIndex.PROGRAMS_ALIAS).id(id), ObjectNode.class);
            return response.found() ? response.source() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every value on a topic so far, in partition order, by key. */
    public List<ConsumerRecord<String, String>> read(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    public List<DeadLetter> deadLetters() {
        return read(Topics.DLQ).stream().map(r -> Json.read(r.value(), DeadLetter.class)).toList();
    }

    /** The latest journaled state value per program id. */
    public Map<String, String> journal() {
        Map<String, String> latest = new LinkedHashMap<>();
        read(Topics.LISTING_STATE).forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }

    public static JsonNode field(JsonNode doc, String path) {
        JsonNode node = doc;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pipeline.close();
        producer.close();
        admin.close();
        try {
            es.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
