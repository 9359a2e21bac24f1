package org.imhfinder.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.normalize.route.NormalizeRoutes;
import org.imhfinder.normalize.route.TopicRecords;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.PoisonRecords;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lane whose record fails while the Kafka broker does not answer cannot commit the offsets of the poll's records
 * before it: the commit waits for the broker, then gives up. That failure comes from outside the record's route, and
 * the consumer must then start again from the group's committed offsets. It must not go on past records it never
 * handed to the route: each is normalized, or, like the failing one, dead-lettered after its attempts, once the
 * broker answers again. The broker is frozen, not stopped: a restart makes the group rebalance, which moves every
 * consumer back to the committed offsets and hides what a consumer did meanwhile.
 */
@ExtendWith(ImhStackExtension.class)
class FrozenBrokerIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** How long Kafka stays frozen once the record failed: longer than a commit waits for it (5 s). */
    private static final Duration FROZEN_AFTER_THE_FAILURE = Duration.ofSeconds(10);
    private static final SourceDefinition SOURCE = Fixtures.source("frozen-broker-it", "MI", List.of());
    private static TestStack stack;
    private static Pipeline pipeline;
    private static PoisonRecords kafka;
    private static KafkaProducer<String, String> producer;
    private static TopicRecords outcomes;

    @BeforeAll
    static void startNormalizeWithOneLane(TestStack testStack) throws Exception {
        stack = testStack;
        Path sources = Fixtures.sourcesFile("frozen-broker-it");
        kafka = new PoisonRecords(stack);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()),
                new StringSerializer(), new StringSerializer());
        // one lane: every partition of the pages topic is its own
        pipeline = Pipeline.start(stack.settings(Map.of("IMH_SOURCES", sources.toString(), "IMH_HTTP_PORT", "0",
                "IMH_NORMALIZE_CONSUMERS", "1")), List.of(new NormalizeStage(Misbehaving.added())));
        outcomes = new TopicRecords(stack.kafkaBootstrap(), Topics.PAGE_OUTCOMES);
        await("the pages route").atMost(WAIT).until(() -> pipeline.camel().getRouteController()
                .getRouteStatus(NormalizeRoutes.ROUTE_ID).isStarted());
        // started again once the test's first records wait in the topic, so that the lane's first poll holds them all
        pipeline.camel().getRouteController().stopRoute(NormalizeRoutes.ROUTE_ID);
    }

    @AfterAll
    static void stop() {
        Misbehaving.release();
        if (stack != null) {
            stack.thawKafka();
        }
        Fixtures.closeQuietly(outcomes, producer, kafka, pipeline);
    }

    @Test
    void recordsAfterACommitThatFailedWhileKafkaDidNotAnswerAreNotSkipped() throws Exception {
        PageEvent before = page("/before-");
        PageEvent waits = page("/waits-");
        send(0, before);
        send(0, waits);
        pipeline.camel().getRouteController().startRoute(NormalizeRoutes.ROUTE_ID);
        // the lane normalized `before` (its offset is committed at the end of the poll) and is now on `waits`
        await("the lane on the waiting record").atMost(WAIT).until(Misbehaving::waiting);
        List<PageEvent> after = new ArrayList<>();
        int partitions = producer.partitionsFor(Topics.PAGES).size();
        for (int partition = 0; partition < partitions; partition++) {
            PageEvent next = page("/after-" + partition + "-");
            send(partition, next);
            after.add(next);
        }

        stack.freezeKafka();
        Misbehaving.release();
        await("the waiting record failed").atMost(WAIT).until(() -> Misbehaving.releasedFailures() >= 1);
        await("Kafka frozen " + FROZEN_AFTER_THE_FAILURE + " after the failure, the record not tried again meanwhile")
                .during(FROZEN_AFTER_THE_FAILURE).atMost(FROZEN_AFTER_THE_FAILURE.plusSeconds(30))
                .until(() -> Misbehaving.releasedFailures() == 1);
        stack.thawKafka();

        for (PageEvent page : after) {
            await("the outcome of " + page.url()).atMost(WAIT).pollInterval(Duration.ofMillis(200))
                    .until(() -> !outcomes.withKey(page.url()).isEmpty());
        }
        DeadLetter letter = kafka.awaitDeadLetter(waits.url(), WAIT);
        assertThat(letter.reason()).as("the failing record, tried again once the broker answered")
                .startsWith("RepeatedFailureException: failed 3 times (" + Topics.PAGES + "-0@");
        assertThat(outcomes.withKey(before.url())).as("the record before it").isNotEmpty();
    }

    private static PageEvent page(String prefix) {
        return Fixtures.ok(SOURCE, prefix + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
    }

    private static void send(int partition, PageEvent page) throws Exception {
        producer.send(new ProducerRecord<>(Topics.PAGES, partition, page.url(), Json.write(page))).get(60, TimeUnit.SECONDS);
    }
}
