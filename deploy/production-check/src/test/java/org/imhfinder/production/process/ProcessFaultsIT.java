package org.imhfinder.production.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imhfinder.schema.StageNames;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults of a production: 2 normalize and 2 indexer processes (each its own JVM from its jar,
 * sharing partitions through their consumer groups) on the real Kafka and Elasticsearch, fed
 * program pages on {@code imh.pages.v1}, while an instance is killed with SIGKILL, Elasticsearch
 * goes away for a minute, the Kafka broker restarts, and the broker stops answering for a while
 * (frozen: connections stay open and requests time out). After each, the index is the one a clean
 * run gives: every listing once, none lost, no history doubled, no dead letter. Each prints the
 * time it took to recover ("RECOVERY: ..."); none is asserted.
 */
@ExtendWith(ImhStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessFaultsIT {
    private static final String SOURCE = "faults-" + UUID.randomUUID().toString().substring(0, 8);
    private static final int PAGES = 300;
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    /** Three times as long as a consumer's commit waits for the broker (5 s), and longer than the session below. */
    private static final Duration FROZEN = Duration.ofSeconds(15);
    /** How soon a killed consumer's partitions move to the survivors (Kafka's default of 45 s would only make the test wait). */
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    /** Retries of both indexers over the outage: a backoff of 0.2 s doubling to 5 s makes a few dozen; a busy loop thousands. */
    private static final int MOST_RETRIES = 300;

    private static final List<StageProcess> normalizers = new ArrayList<>();
    private static final List<StageProcess> indexers = new ArrayList<>();
    private static TestStack stack;
    private static ProgramPages pages;
    private static IndexedListings index;

    @BeforeAll
    static void startTwoNormalizersAndTwoIndexers(TestStack testStack) throws Exception {
        stack = testStack;
        stack.reset();
        Path dir = Files.createDirectories(Path.of("target", "process-faults-it"));
        pages = new ProgramPages(stack.kafkaBootstrap(), SOURCE);
        index = new IndexedListings(stack.elasticsearchUrl(), stack.kafkaBootstrap(), SOURCE);
        Path sources = Files.writeString(dir.resolve("sources.yml"), pages.sourcesFile());
        Map<String, String> settings = Map.of(
                "IMH_KAFKA_BOOTSTRAP", stack.kafkaBootstrap(),
                "IMH_ES_URL", stack.elasticsearchUrl().toString(),
                "IMH_SOURCES", sources.toString(),
                "IMH_KAFKA_SESSION_TIMEOUT", SESSION_TIMEOUT.toString());
        for (int i = 1; i <= 2; i++) {
            normalizers.add(StageProcess.start(StageNames.NORMALIZE, settings, dir, "normalize-" + i));
            indexers.add(StageProcess.start(StageNames.INDEXER, settings, dir, "indexer-" + i));
        }
        awaitAllReady("the four processes to start");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (stack != null) {
            stack.thawKafka();
            stack.startKafka();
            stack.startElasticsearch();
        }
        all().forEach(StageProcess::terminate);
        for (StageProcess process : all().toList()) {
            if (!process.process().waitFor(30, TimeUnit.SECONDS)) {
                process.close();
            }
        }
        if (pages != null) {
            pages.close();
        }
    }

    @Test
    @Order(1)
    void killingANormalizerAndAnIndexerMidStreamLosesAndDuplicatesNothing() throws Exception {
        long atFault = publishAndLeaveInFlight(PAGES);

        long fault = System.nanoTime();
        normalizers.get(0).kill();
        indexers.get(0).kill();
        awaitEverythingIndexed();
        long recovered = millisSince(fault);

        System.out.printf("RECOVERY: kill -9 of normalize-1 and indexer-1 with %d of %d listings indexed:"
                + " the survivors had indexed all %d ms after the kill (their groups move the partitions once the"
                + " killed instances' session of %s expires)%n", atFault, pages.published(), recovered, SESSION_TIMEOUT);
        assertThat(atFault).as("listings indexed when the processes were killed (mid-stream)").isLessThan(pages.published());
        assertThat(normalizers.get(0).process().isAlive() || indexers.get(0).process().isAlive()).as("killed").isFalse();
        List<StageProcess> survivors = List.of(normalizers.get(1), indexers.get(1));
        // as an orchestrator would: the next faults meet two instances of each again
        normalizers.set(0, normalizers.get(0).restart());
        indexers.set(0, indexers.get(0).restart());
        assertTheIndexIsTheOneACleanRunGives(survivors);
        awaitAllReady("the restarted processes");
    }

    @Test
    @Order(2)
    void withElasticsearchAwayForAMinuteTheIndexersBackOffAreNotReadyAndLoseNothing() throws Exception {
        int before = pages.published();
        pages.publish(PAGES / 2);
        long atFault = awaitIndexed(before + PAGES / 20);
        double retriesBefore = indexerRetries();
        Duration cpuBefore = cpu(indexers);

        long down = System.nanoTime();
        stack.stopElasticsearch();
        pages.publish(PAGES / 2);
        await("both indexers not ready without Elasticsearch").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> indexers.stream().noneMatch(StageProcess::ready));
        long notReadyAfter = millisSince(down);
        Duration rest = OUTAGE.minusMillis(millisSince(down));
        if (!rest.isNegative() && !rest.isZero()) {
            await("the indexers not ready all through the outage").during(rest).atMost(rest.plusSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> indexers.stream().noneMatch(StageProcess::ready));
        }
        double retries = indexerRetries() - retriesBefore;
        Duration cpu = cpu(indexers).minus(cpuBefore);
        long outage = millisSince(down);

        long up = System.nanoTime();
        stack.startElasticsearch();
        long esBack = millisSince(up);
        await("both indexers ready again").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> indexers.stream().allMatch(StageProcess::ready));
        long readyAfter = millisSince(up);
        awaitEverythingIndexed();
        long caughtUp = millisSince(up);

        System.out.printf("RECOVERY: Elasticsearch stopped for %d ms with %d of %d listings indexed: indexers not ready"
                + " %d ms after the stop; %.0f retries and %d ms of indexer CPU over the outage; Elasticsearch back in %d ms,"
                + " indexers ready %d ms and every listing indexed %d ms after its restart began%n",
                outage, atFault, pages.published(), notReadyAfter, retries, cpu.toMillis(), esBack, readyAfter, caughtUp);
        assertThat(retries).as("retries of both indexers over the outage: backing off, not spinning")
                .isPositive().isLessThan(MOST_RETRIES);
        assertTheIndexIsTheOneACleanRunGives();
    }

    @Test
    @Order(3)
    void everyStageReconnectsByItselfAfterTheKafkaBrokerRestartsAndNothingIsLost() throws Exception {
        long atFault = publishAndLeaveInFlight(PAGES);

        long down = System.nanoTime();
        stack.stopKafka();
        long stopped = millisSince(down);
        long up = System.nanoTime();
        stack.startKafka();
        long brokerBack = millisSince(up);
        awaitEverythingIndexed();
        long caughtUp = millisSince(up);
        awaitAllReady("every stage after the broker's restart");

        System.out.printf("RECOVERY: Kafka broker restarted with %d of %d listings indexed (stop %d ms, start %d ms):"
                + " every listing indexed %d ms after the restart began%n",
                atFault, pages.published(), stopped, brokerBack, caughtUp);
        assertThat(atFault).as("listings indexed when the broker stopped (mid-stream)").isLessThan(pages.published());
        assertTheIndexIsTheOneACleanRunGives();
    }

    @Test
    @Order(4)
    void withTheBrokerFrozenEveryStageWaitsGoesOnAndLosesNothing() throws Exception {
        long atFault = publishAndLeaveInFlight(PAGES);

        long frozen = System.nanoTime();
        stack.freezeKafka();
        await("every stage alive while the broker does not answer").during(FROZEN).atMost(FROZEN.plusSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> all().allMatch(p -> p.process().isAlive()));
        long thawed = System.nanoTime();
        stack.thawKafka();
        awaitEverythingIndexed();
        long caughtUp = millisSince(thawed);
        awaitAllReady("every stage after the broker answers again");

        System.out.printf("RECOVERY: Kafka broker frozen for %d ms with %d of %d listings indexed: every listing indexed"
                + " %d ms after it answered again%n", TimeUnit.NANOSECONDS.toMillis(thawed - frozen), atFault,
                pages.published(), caughtUp);
        assertThat(atFault).as("listings indexed when the broker froze (mid-stream)").isLessThan(pages.published());
        assertTheIndexIsTheOneACleanRunGives();
    }

    /** Every page's listing once, under its URL, with one INDEXED entry in its history; nothing dead-lettered. */
    private static void assertTheIndexIsTheOneACleanRunGives() throws Exception {
        assertTheIndexIsTheOneACleanRunGives(all().toList());
    }

    private static void assertTheIndexIsTheOneACleanRunGives(List<StageProcess> running) throws Exception {
        List<IndexedListings.Listing> listings = index.all();
        Map<String, String> expected = pages.expected();

        assertThat(listings).as("listings indexed").hasSize(expected.size());
        assertThat(listings.stream().collect(Collectors.toMap(IndexedListings.Listing::name,
                IndexedListings.Listing::sourceUrl, (a, b) -> a + " and " + b)))
                .as("each listing's page").containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(listings).as("listings whose history shows more than one INDEXED entry")
                .filteredOn(l -> l.indexedEntries() != 1).isEmpty();
        assertThat(index.count()).as("what a count through the alias says").isEqualTo(expected.size());
        assertThat(index.deadLetters()).as("dead letters of the source").isEmpty();
        assertThat(running).as("stage processes alive").allMatch(p -> p.process().isAlive());
    }

    /**
     * Publishes a tenth of {@code count} pages and waits for them to be indexed, so that every stage is consuming; then
     * publishes the rest and returns the listings indexed at that moment. The fault that follows meets the rest in
     * flight. (Publishing all at once and waiting for a tenth can find all of them indexed: the indexer takes a few
     * hundred records in one batch.)
     */
    private static long publishAndLeaveInFlight(int count) throws Exception {
        int before = pages.published();
        pages.publish(count / 10);
        awaitIndexed(before + count / 10);
        pages.publish(count - count / 10);
        return index.count();
    }

    private static long awaitIndexed(long atLeast) {
        return await("at least " + atLeast + " listings indexed").atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(index::count, n -> n >= atLeast);
    }

    private static void awaitEverythingIndexed() {
        int total = pages.published();
        await("all " + total + " listings indexed").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(index::count, n -> n >= total);
    }

    private static void awaitAllReady(String what) {
        for (StageProcess process : all().toList()) {
            await(what + ": " + process.stage() + " ready").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                    .failFast(() -> !process.process().isAlive())
                    .until(process::ready);
        }
    }

    private static double indexerRetries() throws Exception {
        double sum = 0;
        for (StageProcess indexer : indexers) {
            sum += indexer.metric("imh_indexer_retries_total");
        }
        return sum;
    }

    private static Duration cpu(List<StageProcess> processes) {
        return processes.stream().map(StageProcess::cpuTime).reduce(Duration.ZERO, Duration::plus);
    }

    private static Stream<StageProcess> all() {
        return Stream.concat(normalizers.stream(), indexers.stream());
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
