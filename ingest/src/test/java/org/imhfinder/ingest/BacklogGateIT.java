package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The crawl waits for normalize: with {@code IMH_CRAWL_MAX_BACKLOG} pages waiting in {@code imh.pages.v1} for a
 * running normalize consumer that does not commit, no new fetch starts; once it catches up, the crawl goes on to
 * the end. Normalize is played by a consumer of its group that commits only when told to.
 */
@ExtendWith(ImhStackExtension.class)
class BacklogGateIT {
    private static final int PAGES = 120;

    private CrawlHarness harness;
    private Thread normalize;

    @AfterEach
    void stop() throws InterruptedException {
        if (normalize != null) {
            normalize.interrupt();
            normalize.join(10_000);
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theCrawlHoldsWhileNormalizeIsBehindAndGoesOnOnceItCatchesUp(TestStack stack) {
        harness = new CrawlHarness(stack);
        Site site = GeneratedSite.serve(harness.web(), "backlog-" + System.nanoTime(), GeneratedSite.Spec.of(PAGES));
        harness.start("sources:\n" + CrawlHarness.source("backlog", site, "    maxPages: 500\n"),
                Map.of("IMH_CRAWL_MAX_BACKLOG", "5", "IMH_CRAWL_DELAY", "PT0.05S"));
        AtomicBoolean assigned = new AtomicBoolean();
        AtomicBoolean catchUp = new AtomicBoolean();
        normalize = slowNormalize(stack.kafkaBootstrap(), assigned, catchUp);
        await("normalize's partitions assigned").atMost(Duration.ofSeconds(60)).untilTrue(assigned);

        String crawlId = harness.crawl("backlog");
        await("fetches held back").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> harness.run(crawlId) != null && harness.run(crawlId).counts().fetched() > 0);
        long[] fetched = {-1};
        await("no new fetch for three seconds").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    long now = harness.run(crawlId).counts().fetched();
                    boolean still = now == fetched[0];
                    fetched[0] = now;
                    return still && heldFor(crawlId, now, Duration.ofSeconds(3));
                });
        assertThat(harness.run(crawlId).state()).isEqualTo(CrawlState.RUNNING);
        assertThat(fetched[0]).isLessThan(PAGES / 2);

        catchUp.set(true);
        assertThat(harness.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.SETTLED).counts().fetched()).isGreaterThan(PAGES);
    }

    /** True when the run has fetched no more than {@code count} pages for the whole of {@code time}. */
    private boolean heldFor(String crawlId, long count, Duration time) {
        try {
            await().during(time).atMost(time.plusSeconds(2)).pollInterval(Duration.ofMillis(250))
                    .until(() -> harness.run(crawlId).counts().fetched() == count);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    /** A member of normalize's group that reads the pages and commits them only once {@code catchUp} is set. */
    private static Thread slowNormalize(String kafka, AtomicBoolean assigned, AtomicBoolean catchUp) {
        Thread thread = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                    ConsumerConfig.GROUP_ID_CONFIG, ConsumerGroups.NORMALIZE,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(Topics.PAGES));
                while (!Thread.currentThread().isInterrupted()) {
                    consumer.poll(Duration.ofMillis(200));
                    if (!assigned.get() && !consumer.assignment().isEmpty() || catchUp.get()) {
                        commitPositions(consumer); // at first: what earlier tests left in the topic is not this one's backlog
                        assigned.set(true);
                    }
                }
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                Thread.currentThread().interrupt();
            }
        }, "slow-normalize");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void commitPositions(KafkaConsumer<String, String> consumer) {
        Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            positions.put(partition, new OffsetAndMetadata(consumer.position(partition)));
        }
        consumer.commitSync(positions);
    }
}
