package org.imhfinder.runtime.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads small topics from their beginning and then follows them, outside any consumer group,
 * for a process that keeps their whole content in memory (every instance then sees every
 * record, and a restart reads them all again). Reconnects by itself when Kafka is away.
 * {@link #caughtUp()} turns true once everything on the topics when reading began has been read.
 */
public final class TopicFollower extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration CLOSE = Duration.ofSeconds(5);

    /** What the follower hands its records to, on its own thread. */
    public interface Handler {
        void take(ConsumerRecord<String, String> record);

        /** After each poll, with whether the follower has caught up yet. */
        default void polled(boolean caughtUp) {
        }
    }

    private final String bootstrap;
    private final String name;
    private final List<String> topics;
    private final Handler handler;
    private volatile boolean caughtUp;
    private volatile boolean stopping;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread reader;

    /** {@code name} names the thread and the Kafka client. */
    public TopicFollower(String bootstrap, String name, List<String> topics, Handler handler) {
        this.bootstrap = bootstrap;
        this.name = name;
        this.topics = List.copyOf(topics);
        this.handler = handler;
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    @Override
    protected void doStart() {
        stopping = false;
        reader = new Thread(this::readForever, name);
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
            KafkaConsumer<String, String> kafka = new KafkaConsumer<>(properties());
            try {
                consumer = kafka;
                List<TopicPartition> partitions = partitions(kafka);
                kafka.assign(partitions);
                kafka.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
                while (!stopping) {
                    for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                        handler.take(record);
                    }
                    if (!caughtUp && ends.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue())) {
                        caughtUp = true;
                        LOG.info("{}: read {} to their end", name, topics);
                    }
                    handler.polled(caughtUp);
                }
            } catch (WakeupException | InterruptException e) {
                return;
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.warn("{}: reading {} failed ({}); trying again", name, topics, e.toString());
                    pause();
                }
            } finally {
                closeQuietly(kafka);
            }
        }
    }

    /**
     * At shutdown Camel interrupts a thread still waiting in a producer (a handler may publish), and
     * an interrupted consumer cannot close its fetch sessions: it would log an error for nothing.
     */
    private void closeQuietly(KafkaConsumer<String, String> kafka) {
        boolean interrupted = Thread.interrupted();
        try {
            kafka.close(CloseOptions.timeout(CLOSE));
        } catch (RuntimeException e) {
            LOG.debug("{}: closing the consumer: {}", name, e.toString());
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            kafka.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, name);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    private void pause() {
        try {
            Thread.sleep(2_000); // waiting for Kafka
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
