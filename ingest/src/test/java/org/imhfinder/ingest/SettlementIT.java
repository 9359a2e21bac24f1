package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.ingest.run.KafkaSettlement;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fetched run settles only once normalize, then the indexer, have committed past what it led
 * to. The two stages are played here by committing their groups' offsets by hand.
 */
@ExtendWith(ImhStackExtension.class)
class SettlementIT {
    private static CrawlHarness harness;
    private static Admin admin;
    private static TestStack testStack;

    @BeforeAll
    static void start(TestStack stack) {
        testStack = stack;
        harness = new CrawlHarness(stack);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()));
        Site site = GeneratedSite.serve(harness.web(), "settling-" + System.nanoTime(), GeneratedSite.Spec.of(3));
        harness.start("sources:\n" + CrawlHarness.source("settling", site, null), Map.of());
    }

    @AfterAll
    static void stop() {
        admin.close();
        harness.close();
    }

    @Test
    void aFetchedRunSettlesOnceNormalizeAndThenTheIndexerHaveCaughtUp() throws Exception {
        String crawlId = harness.crawl("settling");
        harness.awaitRun(crawlId, CrawlState.FETCHED);
        stillFetchedFor(crawlId, Duration.ofSeconds(2));

        writeOneProgram(); // what normalize wrote for the run's pages
        commitAtEnd(ConsumerGroups.NORMALIZE, Topics.PAGES);
        stillFetchedFor(crawlId, Duration.ofSeconds(2));

        commitAtEnd(ConsumerGroups.INDEXER, Topics.PROGRAMS);
        CrawlRun settled = harness.awaitRun(crawlId, CrawlState.SETTLED);
        assertThat(settled.settledAt()).isAfterOrEqualTo(settled.fetchedAt());
        assertThat(settled.counts().fetched()).isEqualTo(4);
    }

    private static void stillFetchedFor(String crawlId, Duration time) {
        await().during(time).atMost(time.plusSeconds(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> harness.run(crawlId).state() == CrawlState.FETCHED);
    }

    private static void writeOneProgram() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                testStack.kafkaBootstrap()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.PROGRAMS, "prg-settling", "{}")).get(10, TimeUnit.SECONDS);
        }
    }

    private static void commitAtEnd(String group, String topic) throws Exception {
        Map<TopicPartition, Long> ends = new KafkaSettlement(admin).ends(List.of(topic), OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> offsets = ends.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
        admin.alterConsumerGroupOffsets(group, offsets).all().get(10, TimeUnit.SECONDS);
    }
}
