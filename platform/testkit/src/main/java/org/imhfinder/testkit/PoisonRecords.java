package org.imhfinder.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;

/**
 * For the poison-record tests of every stage: writes records a stage must refuse (not JSON, another
 * schema version, far too large) straight to a topic, uncompressed, and reads back what the stage
 * wrote to {@code imh.dlq.v1}.
 */
public final class PoisonRecords implements AutoCloseable {
    /** A huge value: twice the crawler's default body cap, more than any stage reads. */
    public static final int HUGE_BYTES = 10 * 1024 * 1024;
    /** A value that is not JSON (it breaks off in the middle of an object). */
    public static final String NOT_JSON = "{\"schemaVersion\": 1, \"url\": \"https://broken.example.org/";

    private final String bootstrap;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> deadLetters;
    private final List<DeadLetter> read = new ArrayList<>();

    public PoisonRecords(TestStack stack) {
        this.bootstrap = stack.kafkaBootstrap();
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES + 1024 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 4L * Topics.MAX_RECORD_BYTES), new StringSerializer(), new StringSerializer());
        this.deadLetters = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_RECORD_BYTES + 1024 * 1024,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        // just after a reset the topic may not be in the client's metadata yet: no partitions at all
        List<TopicPartition> partitions = Awaitility.await("the partitions of " + Topics.DLQ).atMost(Duration.ofSeconds(60))
                .until(() -> deadLetters.partitionsFor(Topics.DLQ).stream()
                        .map(p -> new TopicPartition(Topics.DLQ, p.partition())).toList(), found -> !found.isEmpty());
        deadLetters.assign(partitions);
        deadLetters.seekToBeginning(partitions);
    }

    /** A value of about {@link #HUGE_BYTES}: this text repeated (put it inside an otherwise valid record). */
    public static String huge(String text) {
        return text.repeat(HUGE_BYTES / text.length() + 1);
    }

    /**
     * Lets a topic store records as large as {@link Topics#MAX_RECORD_BYTES} (the test's huge values), as the
     * topics of page events and dead letters are created; what a stage reads is its own limit.
     */
    public void allowLargeRecords(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Collection<AlterConfigOp> ops = List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                    String.valueOf(Topics.MAX_RECORD_BYTES)), AlterConfigOp.OpType.SET));
            admin.incrementalAlterConfigs(Map.of(resource, ops)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot configure " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Writes one record and waits until Kafka has it. */
    public void send(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes records (key to value, in order) to one partition at once and waits until Kafka has them all: sent
     * together, they reach a consumer in one poll.
     */
    public void sendTogether(String topic, int partition, Map<String, String> values) {
        try {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            values.forEach((key, value) -> sent.add(producer.send(new ProducerRecord<>(topic, partition, key, value))));
            producer.flush();
            for (Future<RecordMetadata> record : sent) {
                record.get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Waits for the dead letter of the record with this key. */
    public DeadLetter awaitDeadLetter(String key, Duration atMost) {
        return Awaitility.await("the dead letter of " + key).atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> find(key), Optional::isPresent).orElseThrow();
    }

    private synchronized Optional<DeadLetter> find(String key) {
        deadLetters.poll(Duration.ofMillis(200)).forEach(r -> read.add(Json.read(r.value(), DeadLetter.class)));
        return read.stream().filter(l -> key.equals(l.key())).findFirst();
    }

    @Override
    public synchronized void close() {
        producer.close();
        deadLetters.close();
    }
}
