package org.imhfinder.normalize.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.normalize.NormalizeGroup;
import org.imhfinder.normalize.NormalizeStage;
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
 * A lane that keeps its partitions through a rebalance goes on reading them, but Kafka's consumer refuses its
 * commits from when it rejoins until the rebalance is over. When a partition's last round ends then, its finishing
 * commit must reach the group once the rebalance is over: nothing is left to read, so no later round commits past
 * it, and the group's committed offset (what a crawl run's settling waits for) would stay behind for good. The lane
 * must wait for that without spinning on its thread.
 *
 * <p>The stage's consumers use Kafka's range assignor (Camel's default), under which every rebalance takes all
 * partitions away and the lane reads again from the committed offset, so that a refused commit is redone anyway;
 * this test's lane uses the cooperative sticky assignor, under which it keeps them. A member of the group (on a
 * topic of its own) that stops polling holds a rebalance open, until its poll interval expires, while another one
 * joins.
 */
@ExtendWith(ImhStackExtension.class)
class RebalancedCommitsIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** How long the rebalance lasts: the poll interval of the member that stops polling. */
    private static final Duration REBALANCE = Duration.ofSeconds(10);
    private static final SourceDefinition SOURCE = Fixtures.source("rebalanced-commits-it", "MI", List.of());
    /** The other members' topic: the lane's partitions stay the lane's. */
    private static final String OTHER_TOPIC = "it.rebalanced-commits." + UUID.randomUUID();
    private static String bootstrap;
    private static Admin admin;
    private static NormalizeGroup group;
    private static KafkaProducer<String, String> producer;
    private static Pipeline pipeline;
    private static TopicRecords outcomes;

    @BeforeAll
    static void startNormalizeWithOneCooperativeLane(TestStack stack) throws Exception {
        bootstrap = stack.kafkaBootstrap();
        Path sources = Fixtures.sourcesFile("rebalanced-commits-it");
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        admin.createTopics(List.of(new NewTopic(OTHER_TOPIC, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        group = new NormalizeGroup(admin);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                new StringSerializer());
        // one lane with every partition of the pages topic; a 6 s session: it heartbeats, so learns of a rebalance, every 2 s
        pipeline = Pipeline.start(stack.settings(Map.of("IMH_SOURCES", sources.toString(), "IMH_HTTP_PORT", "0",
                "IMH_NORMALIZE_CONSUMERS", "1", "IMH_KAFKA_SESSION_TIMEOUT", "PT6S")), List.of(new NormalizeStage()));
        outcomes = new TopicRecords(bootstrap, Topics.PAGE_OUTCOMES);
        await("the pages route").atMost(WAIT).until(() -> pipeline.camel().getRouteController()
                .getRouteStatus(NormalizeRoutes.ROUTE_ID).isStarted());
        // started again with the cooperative assignor (the endpoint's configuration is read when its consumer starts)
        pipeline.camel().getRouteController().stopRoute(NormalizeRoutes.ROUTE_ID);
        ((KafkaEndpoint) pipeline.camel().getRoute(NormalizeRoutes.ROUTE_ID).getEndpoint()).getConfiguration()
                .setPartitionAssignor(CooperativeStickyAssignor.class.getName());
        pipeline.camel().getRouteController().startRoute(NormalizeRoutes.ROUTE_ID);
    }

    @AfterAll
    static void stop() {
        Fixtures.closeQuietly(outcomes, pipeline, producer, admin);
    }

    @Test
    void aFinishingCommitRefusedWhileTheLaneRejoinsReachesTheGroupOnceTheRebalanceIsOver() throws Exception {
        int partitions = producer.partitionsFor(Topics.PAGES).size();
        for (int partition = 0; partition < partitions; partition++) {
            send(partition, page("/before-" + partition + "-"));
        }
        group.awaitNothingWaiting(WAIT);

        ExecutorService joining = Executors.newSingleThreadExecutor();
        AtomicBoolean leave = new AtomicBoolean();
        List<PageEvent> last = new ArrayList<>();
        try (KafkaConsumer<String, String> stopsPolling = member("stops-polling", REBALANCE)) {
            stopsPolling.subscribe(List.of(OTHER_TOPIC));
            await("a member that will stop polling in the group").atMost(WAIT).pollInSameThread().until(() -> {
                stopsPolling.poll(Duration.ofMillis(100));
                return !stopsPolling.assignment().isEmpty();
            });
            long lastPoll = System.nanoTime();
            await("the group stable").atMost(WAIT).until(() -> group.state() == GroupState.STABLE);
            Future<?> joiner = joining.submit(() -> {
                try (KafkaConsumer<String, String> joins = member("joins", WAIT)) {
                    joins.subscribe(List.of(OTHER_TOPIC));
                    while (!leave.get()) {
                        joins.poll(Duration.ofMillis(100));
                    }
                }
                return null;
            });
            await("a rebalance").atMost(WAIT).until(() -> group.state() == GroupState.PREPARING_REBALANCE);

            // the lane learns of the rebalance at its next heartbeat and rejoins: from then on its commits are refused
            TopicPartition first = new TopicPartition(Topics.PAGES, 0);
            boolean refused = false;
            while (!refused && elapsed(lastPoll).compareTo(REBALANCE.minusSeconds(3)) < 0) {
                PageEvent probe = page("/probe-");
                RecordMetadata sent = send(0, probe);
                await("the outcome of " + probe.url()).atMost(WAIT).until(() -> !outcomes.withKey(probe.url()).isEmpty());
                refused = !committedWithin(first, sent.offset() + 1, Duration.ofSeconds(1));
            }
            assertThat(refused).as("a round's finishing commit refused while the lane kept its partitions").isTrue();
            long laneCpu = laneCpuNanos();
            long from = System.nanoTime();
            // a lane that goes on reading ends every partition's last round while the rebalance lasts
            for (int partition = 0; partition < partitions; partition++) {
                PageEvent page = page("/last-" + partition + "-");
                send(partition, page);
                last.add(page);
            }
            await("the rebalance over").atMost(WAIT).until(() -> group.state() == GroupState.STABLE);
            double cpuShare = (double) (laneCpuNanos() - laneCpu) / (System.nanoTime() - from);
            for (PageEvent page : last) {
                await("the outcome of " + page.url()).atMost(WAIT).until(() -> !outcomes.withKey(page.url()).isEmpty());
            }
            leave.set(true);
            joiner.get(60, TimeUnit.SECONDS);

            group.awaitNothingWaiting(Duration.ofSeconds(20));
            assertThat(cpuShare).as("the lane's share of a core while the rebalance lasted").isLessThan(0.25);
        } finally {
            leave.set(true);
            joining.shutdownNow();
        }
    }

    private static boolean committedWithin(TopicPartition partition, long offset, Duration atMost) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(50))
                    .until(() -> group.committed(partition) >= offset);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** CPU time of the threads polling the pages topic: the lane's (another stage's, stopped, would have ended). */
    private static long laneCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Thread> lanes = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().endsWith("KafkaConsumer[" + Topics.PAGES + "]")).toList();
        assertThat(lanes).as("the lane's thread").isNotEmpty();
        return lanes.stream().mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }

    private static Duration elapsed(long since) {
        return Duration.ofNanos(System.nanoTime() - since);
    }

    /** Another member of normalize's group, polling when the test says; {@code maxPollInterval}: how long it may not. */
    private static KafkaConsumer<String, String> member(String name, Duration maxPollInterval) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, ConsumerGroups.NORMALIZE);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "rebalanced-commits-it-" + name);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "6000");
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "2000");
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, String.valueOf(maxPollInterval.toMillis()));
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static PageEvent page(String prefix) {
        return Fixtures.ok(SOURCE, prefix + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
    }

    private static RecordMetadata send(int partition, PageEvent page) throws Exception {
        return producer.send(new ProducerRecord<>(Topics.PAGES, partition, page.url(), Json.write(page)))
                .get(60, TimeUnit.SECONDS);
    }
}
