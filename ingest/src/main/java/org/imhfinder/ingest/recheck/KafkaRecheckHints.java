package org.imhfinder.ingest.recheck;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code imh.recheck-hints.v1} from its start, for as long as ingest runs, into
 * {@link RecheckHints}: outside any consumer group (every instance reads every hint and keeps its
 * own sources'), nothing committed (a restart reads the compacted topic again, a few records per
 * listing). A hint that arrives late only delays a check it would have moved; Kafka being away is
 * waited out.
 */
public final class KafkaRecheckHints extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRecheckHints.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final String bootstrap;
    private final RecheckHints hints;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;

    public KafkaRecheckHints(String bootstrap, RecheckHints hints) {
        this.bootstrap = bootstrap;
        this.hints = hints;
    }

    @Override
    protected void doStart() {
        thread = new Thread(this::run, "imh-ingest-recheck-hints");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    protected void doStop() throws InterruptedException {
        Thread running = thread;
        thread = null;
        KafkaConsumer<String, String> open = consumer;
        if (open != null) {
            open.wakeup();
        }
        if (running != null) {
            running.join(5000);
        }
    }

    private void run() {
        while (thread != null) {
            try (KafkaConsumer<String, String> opened = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.CLIENT_ID_CONFIG, "imh-ingest-recheck-hints"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer = opened;
                follow(opened);
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("cannot follow {} ({}); trying again", Topics.RECHECK_HINTS, e.getMessage());
                if (!pause()) {
                    return;
                }
            } finally {
                consumer = null;
            }
        }
    }

    private void follow(KafkaConsumer<String, String> opened) {
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && thread != null) {
            partitions = opened.partitionsFor(Topics.RECHECK_HINTS, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(Topics.RECHECK_HINTS, p.partition())).toList();
            if (partitions.isEmpty() && !pause()) {
                return;
            }
        }
        opened.assign(partitions);
        opened.seekToBeginning(partitions);
        while (thread != null) {
            for (ConsumerRecord<String, String> record : opened.poll(Duration.ofMillis(500))) {
                hints.accept(record.key(), record.value());
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(RETRY.toMillis());
            return thread != null;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
