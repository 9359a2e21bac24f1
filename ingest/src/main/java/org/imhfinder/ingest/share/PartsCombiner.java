package org.imhfinder.ingest.share;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.camel.support.service.ServiceSupport;
import org.imhfinder.ingest.run.RunPublisher;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlRunPart;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With several ingest instances, the first instance of each run combines the parts the
 * instances publish on {@code imh.crawl-parts.v1} into the run on {@code imh.crawls.v1}, where
 * the API, {@code imh crawl} and {@code imh status} read it as from a single ingest. It reads the
 * parts topic from its start (it is compacted, and small: a record per run and instance) outside
 * any consumer group, so a restarted instance knows every part again; a combined run equal to the
 * one already published is not published again, nor is a finished run.
 */
public final class PartsCombiner extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(PartsCombiner.class);

    private final String bootstrap;
    private final int instance;
    private final RunPublisher runs;
    private final Map<String, CrawlRun> published;
    private final Map<String, Map<Integer, CrawlRun>> parts = new HashMap<>();
    private final Map<String, List<Integer>> instancesOf = new HashMap<>();
    private final Set<String> unpublished = new LinkedHashSet<>();
    private volatile Thread thread;

    /** {@code published}: the runs as {@code imh.crawls.v1} holds them now. */
    public PartsCombiner(String bootstrap, int instance, RunPublisher runs, Map<String, CrawlRun> published) {
        this.bootstrap = bootstrap;
        this.instance = instance;
        this.runs = runs;
        this.published = new HashMap<>(published);
    }

    @Override
    protected void doStart() {
        thread = new Thread(this::loop, "imh-ingest-parts");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    protected void doStop() throws InterruptedException {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            running.join(5000);
        }
    }

    private void loop() {
        while (thread != null) {
            try (KafkaConsumer<String, String> consumer = consumer()) {
                List<TopicPartition> partitions = consumer.partitionsFor(Topics.CRAWL_PARTS, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(Topics.CRAWL_PARTS, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
                boolean caughtUp = false;
                while (thread != null) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        take(record.value());
                    }
                    // an older part read before its newer one must not publish a run going backwards
                    caughtUp = caughtUp || ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
                    if (caughtUp) {
                        publishPending();
                    }
                }
            } catch (org.apache.kafka.common.errors.InterruptException stop) {
                return;
            } catch (RuntimeException e) {
                if (thread == null) {
                    return;
                }
                LOG.warn("cannot read the crawl parts yet ({}); trying again", e.getMessage());
                try {
                    Thread.sleep(2000); // waiting for Kafka
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Takes one part record in; the run it belongs to is published when it changed. */
    void take(String value) {
        CrawlRunPart part = parse(value);
        if (part == null || part.run() == null || part.instances().isEmpty() || part.instances().get(0) != instance) {
            return; // another instance combines this run
        }
        String crawlId = part.run().crawlId();
        CrawlRun before = published.get(crawlId);
        if (before != null && before.state().isFinal() && !parts.containsKey(crawlId)) {
            return; // a finished run does not change again
        }
        parts.computeIfAbsent(crawlId, id -> new HashMap<>()).put(part.instance(), part.run());
        instancesOf.put(crawlId, part.instances());
        unpublished.add(crawlId);
    }

    void publishPending() {
        for (var it = unpublished.iterator(); it.hasNext(); ) {
            String crawlId = it.next();
            CrawlRun run = RunParts.combine(crawlId, instancesOf.get(crawlId), parts.get(crawlId));
            if (!run.equals(published.get(crawlId))) {
                if (!runs.publish(run, instancesOf.get(crawlId))) {
                    return; // Kafka away: the next poll tries again
                }
                published.put(crawlId, run);
            }
            it.remove();
            if (run.state().isFinal()) {
                parts.remove(crawlId);
                instancesOf.remove(crawlId);
            }
        }
    }

    private static CrawlRunPart parse(String value) {
        try {
            return value == null ? null : Json.read(value, CrawlRunPart.class);
        } catch (RuntimeException unreadable) {
            LOG.warn("an unreadable crawl part skipped: {}", unreadable.getMessage());
            return null;
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "imh-ingest-parts-" + instance);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
