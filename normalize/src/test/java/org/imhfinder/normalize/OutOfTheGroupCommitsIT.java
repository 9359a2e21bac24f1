package org.imhfinder.normalize;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.normalize.route.NormalizeRoutes;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lane put out of the group while it is on a round (its session expired, as in a long pause of its process or of
 * the broker, or its poll interval passed; here the test removes it) has the round's finishing commit refused, and
 * every commit after it, until it polls again and rejoins; it then reads again from the group's committed offset.
 * The refused commit must not be sent again and again meanwhile (the lane would never poll again): the lane rejoins,
 * takes the round again, and normalize's group commits every page.
 */
@ExtendWith(ImhStackExtension.class)
class OutOfTheGroupCommitsIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A lane that polls rejoins at once; one that does not stays out for good. */
    private static final Duration REJOIN = Duration.ofSeconds(20);
    private static final SourceDefinition SOURCE = Fixtures.source("out-of-the-group-it", "MI", List.of());
    private static Admin admin;
    private static NormalizeGroup group;
    private static KafkaProducer<String, String> producer;
    private static Pipeline pipeline;

    @BeforeAll
    static void startNormalizeWithOneLane(TestStack stack) throws Exception {
        Path sources = Fixtures.sourcesFile("out-of-the-group-it");
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()));
        group = new NormalizeGroup(admin);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()),
                new StringSerializer(), new StringSerializer());
        // one lane, the group's only member
        pipeline = Pipeline.start(stack.settings(Map.of("IMH_SOURCES", sources.toString(), "IMH_HTTP_PORT", "0",
                "IMH_NORMALIZE_CONSUMERS", "1")), List.of(new NormalizeStage(Misbehaving.added())));
        await("the pages route").atMost(WAIT).until(() -> pipeline.camel().getRouteController()
                .getRouteStatus(NormalizeRoutes.ROUTE_ID).isStarted());
    }

    @AfterAll
    static void stop() {
        Misbehaving.resume();
        Fixtures.closeQuietly(pipeline, producer, admin);
    }

    @Test
    void aRoundFinishedOutOfTheGroupIsTakenAgainOnceTheLaneRejoinsAndItsOffsetCommitted() throws Exception {
        group.awaitNothingWaiting(WAIT);
        PageEvent pauses = Fixtures.ok(SOURCE, "/pauses-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
        producer.send(new ProducerRecord<>(Topics.PAGES, 0, pauses.url(), Json.write(pauses))).get(60, TimeUnit.SECONDS);
        await("the lane on the page").atMost(WAIT).until(Misbehaving::pausing);

        admin.removeMembersFromConsumerGroup(ConsumerGroups.NORMALIZE, new RemoveMembersFromConsumerGroupOptions()).all()
                .get(60, TimeUnit.SECONDS);
        await("the group without members").atMost(WAIT).until(() -> group.state() == GroupState.EMPTY);
        Misbehaving.resume(); // the round goes on, and its finishing commit is refused

        await("the lane back in the group").atMost(REJOIN).until(() -> group.state() == GroupState.STABLE);
        group.awaitNothingWaiting(WAIT);
    }

}
