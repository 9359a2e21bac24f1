package org.imhfinder.production.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.imhfinder.localstack.web.RecordedRequest;
import org.imhfinder.production.scaleout.CrawlWatch;
import org.imhfinder.production.scaleout.GroupMembers;
import org.imhfinder.production.scaleout.HostSpacing;
import org.imhfinder.production.scaleout.IndexedPrograms;
import org.imhfinder.production.scaleout.ProgramWeb;
import org.imhfinder.production.scaleout.PrometheusText;
import org.imhfinder.production.scaleout.ScaleOutPlan;
import org.imhfinder.production.scaleout.TopicSpan;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;
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
 * The scale-out run: several instances of each stage, each its own JVM started from its runnable
 * jar (as {@link StageJarsIT} starts one of each), crawl a generated local web of many hosts, one
 * source per host, against the real Kafka and Elasticsearch. Checks that every program is indexed
 * exactly once, that each host's own request log shows the crawl delay held (never two requests in
 * flight to one host), and that every instance did a share of the work; prints pages/s
 * ({@code SCALE-OUT:} lines, also appended to {@code target/scale-out/figures.txt}).
 *
 * <p>{@code mvn verify} runs it small (20 hosts, 100 program pages, 2 instances of each stage; several
 * ingest instances share the hosts, each told how many there are and which it is);
 * {@code -Dscale.pages=2000 -Dscale.instances=1|2} is the full run (see {@link ScaleOutPlan}).
 */
@ExtendWith(ImhStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {
    private static final Duration CLOCK_SLACK = Duration.ofMillis(10);
    private static final ScaleOutPlan PLAN = ScaleOutPlan.fromSystemProperties();
    private static final Path DIR = Path.of("target", "scale-out");

    private static final Map<String, StageProcess> RUNNING = new LinkedHashMap<>();
    private static TestStack stack;
    private static ProgramWeb web;
    private static CrawlRequest request;
    private static CrawlRun settled;

    @BeforeAll
    static void startSeveralInstancesOfEachStage(TestStack testStack) throws Exception {
        stack = testStack;
        stack.reset();
        Files.createDirectories(DIR);
        web = ProgramWeb.serve("scale-" + UUID.randomUUID().toString().substring(0, 6), PLAN.hosts(), PLAN.programsPerHost());
        Map<String, String> settings = Map.of(
                "IMH_KAFKA_BOOTSTRAP", stack.kafkaBootstrap(),
                "IMH_ES_URL", stack.elasticsearchUrl().toString(),
                "IMH_SOURCES", web.sourcesFile(DIR).toString(),
                "IMH_CRAWL_ALLOW_PRIVATE_NETWORKS", "true",
                "IMH_CRAWL_DELAY", PLAN.delay().toString(),
                // one consumer per normalize process: the check spreads work over processes, and more
                // consumers than the topic's partitions would leave some idle
                "IMH_NORMALIZE_CONSUMERS", "1");
        for (int i = 1; i <= PLAN.instances(); i++) {
            start(StageNames.INDEXER, i, settings);
            start(StageNames.NORMALIZE, i, settings);
        }
        for (int i = 1; i <= PLAN.ingestInstances(); i++) {
            start(StageNames.INGEST, i, ingestSettings(settings, i));
        }
        awaitEveryInstanceReadyWithItsPartitions();
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        RUNNING.values().forEach(StageProcess::terminate);
        for (StageProcess instance : RUNNING.values()) {
            instance.process().waitFor(30, TimeUnit.SECONDS);
            instance.close();
        }
        if (web != null) {
            web.close();
        }
    }

    @Test
    @Order(1)
    void aCrawlOfEveryHostSettlesWithEveryPageFetchedOnce() throws Exception {
        figure("%d hosts, %,d program pages (%,d pages with the home pages), crawl delay %d ms; ingest x%d, normalize x%d, indexer x%d",
                PLAN.hosts(), web.programs(), web.pages(), PLAN.delay().toMillis(), PLAN.ingestInstances(), PLAN.instances(),
                PLAN.instances());
        try (CrawlWatch watch = new CrawlWatch(stack.kafkaBootstrap())) {
            request = watch.requestEverySource("scale-out");
            settled = await("crawl " + request.crawlId() + " SETTLED").atMost(settleTimeout()).pollInSameThread()
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> watch.poll(request.crawlId()), run -> run != null && run.state().isFinal());
        }
        assertThat(settled.state()).as("the run's end: " + settled).isEqualTo(CrawlState.SETTLED);
        assertThat(settled.sourceIds()).as("sources of the run").hasSize(PLAN.hosts());
        assertThat(settled.counts().fetched()).as("pages fetched").isEqualTo(web.pages());
        assertThat(settled.counts().published()).as("page events published: each page once").isEqualTo(web.pages());
        assertThat(web.hosts()).as("each host asked for each page once").allSatisfy(host ->
                assertThat(host.site().requests().stream().map(RecordedRequest::target).toList()).doesNotHaveDuplicates());

        double toFetched = seconds(request.requestedAt(), settled.fetchedAt());
        double toSettled = seconds(request.requestedAt(), settled.settledAt());
        figure("request to FETCHED %.1f s: %.1f pages/s; request to SETTLED %.1f s: %.1f pages/s (politeness allows at most %.0f pages/s)",
                toFetched, web.pages() / toFetched, toSettled, web.pages() / toSettled,
                PLAN.delay().isZero() ? Double.POSITIVE_INFINITY : PLAN.hosts() * 1000.0 / PLAN.delay().toMillis());
        figure("after the request: %s; FETCHED %.1f s; SETTLED %.1f s", Stream.of(Topics.PAGES, Topics.PROGRAMS, Topics.PAGE_OUTCOMES)
                .map(topic -> TopicSpan.read(stack.kafkaBootstrap(), topic))
                .map(span -> String.format("%s %d records, last written %.1f s", span.topic(), span.records(),
                        span.last() == null ? Double.NaN : seconds(request.requestedAt(), span.last())))
                .collect(Collectors.joining("; ")), toFetched, toSettled);
    }

    @Test
    @Order(2)
    void everyProgramIsIndexedExactlyOnce() throws Exception {
        List<String> expected = web.hosts().stream()
                .flatMap(h -> h.programs().stream().map(name -> h.sourceId() + " | " + name)).sorted().toList();

        await("the index to hold every program").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> IndexedPrograms.count(stack.elasticsearchUrl()) >= expected.size());
        List<IndexedPrograms.Program> indexed = IndexedPrograms.all(stack.elasticsearchUrl(), expected.size() + 100);

        assertThat(IndexedPrograms.count(stack.elasticsearchUrl())).as("documents in imh-programs").isEqualTo(expected.size());
        assertThat(indexed.stream().map(p -> p.sourceId() + " | " + p.name()).sorted().toList())
                .as("source and name of every indexed program").containsExactlyElementsOf(expected);
        assertThat(indexed).as("each document is its program's id").allSatisfy(p -> assertThat(p.documentId()).isEqualTo(p.id()));
        assertThat(indexed.stream().map(IndexedPrograms.Program::id).distinct().count()).as("distinct program ids")
                .isEqualTo(expected.size());
    }

    @Test
    @Order(3)
    void noHostEverSawTwoRequestsInFlightNorTwoCloserThanTheCrawlDelay() {
        List<HostSpacing.Report> reports = web.hosts().stream()
                .map(h -> HostSpacing.check(h.site().authority(), h.site().requests(), PLAN.delay(), CLOCK_SLACK)).toList();

        assertThat(reports).as("each host's requests").allSatisfy(r -> assertThat(r.requests()).isGreaterThan(PLAN.programsPerHost()));
        assertThat(reports.stream().flatMap(r -> r.violations().stream()).map(Object::toString).toList())
                .as("requests to one host closer than the delay of %d ms (less %d ms of clock slack)",
                        PLAN.delay().toMillis(), CLOCK_SLACK.toMillis())
                .isEmpty();
        figure("requests per host %d to %d; smallest gap between two requests to one host %d ms (delay %d ms)",
                reports.stream().mapToInt(HostSpacing.Report::requests).min().orElse(0),
                reports.stream().mapToInt(HostSpacing.Report::requests).max().orElse(0),
                reports.stream().map(HostSpacing.Report::smallestGap).filter(g -> g != null).min(Duration::compareTo)
                        .orElse(Duration.ZERO).toMillis(), PLAN.delay().toMillis());
    }

    @Test
    @Order(4)
    void everyInstanceDidAShareOfTheWork() throws Exception {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<String, StageProcess> instance : RUNNING.entrySet()) {
            shares.put(instance.getKey(), work(instance.getValue()));
        }
        figure("work per instance (ingest: pages fetched, normalize: pages read, indexer: records read; CPU seconds): %s",
                RUNNING.entrySet().stream().map(e -> String.format("%s %.0f (%.1f s)", e.getKey(), shares.get(e.getKey()),
                        cpuSeconds(e.getValue()))).collect(Collectors.joining(", ")));

        assertThat(shares).as("work of each instance").allSatisfy((instance, work) -> assertThat(work).as(instance).isPositive());
    }

    private static void start(String stage, int number, Map<String, String> settings) throws IOException {
        String name = stage + "-" + number;
        RUNNING.put(name, StageProcess.start(stage, settings, DIR, name));
    }

    /** Several ingest instances split the hosts: each is told how many there are and which it is. */
    private static Map<String, String> ingestSettings(Map<String, String> settings, int number) {
        if (PLAN.ingestInstances() == 1) {
            return settings;
        }
        Map<String, String> own = new LinkedHashMap<>(settings);
        own.put("IMH_INGEST_INSTANCES", String.valueOf(PLAN.ingestInstances()));
        own.put("IMH_INGEST_INSTANCE", String.valueOf(number - 1));
        return own;
    }

    private static void awaitEveryInstanceReadyWithItsPartitions() throws Exception {
        for (Map.Entry<String, StageProcess> instance : RUNNING.entrySet()) {
            StageProcess process = instance.getValue();
            await(instance.getKey() + " ready").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .failFast(instance.getKey() + " exited; its log: " + process.log(), () -> !process.process().isAlive())
                    .ignoreExceptions()
                    .until(() -> process.get("/ready").statusCode() == 200);
        }
        try (GroupMembers groups = new GroupMembers(stack.kafkaBootstrap())) {
            await("each normalize and indexer instance holding partitions").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> groups.allAssigned(ConsumerGroups.NORMALIZE, PLAN.instances())
                            && groups.allAssigned(ConsumerGroups.INDEXER, PLAN.instances())
                            && IntStream.range(0, PLAN.ingestInstances())
                                    .allMatch(i -> groups.allAssigned(ConsumerGroups.ingest(i, PLAN.ingestInstances()), 1)));
        }
    }

    /** What an instance did, by its own counters. */
    private static double work(StageProcess instance) throws Exception {
        String metrics = instance.get("/metrics").body();
        return switch (instance.stage()) {
            case StageNames.INGEST -> PrometheusText.sum(metrics, "imh_crawl_pages_total");
            case StageNames.NORMALIZE -> PrometheusText.sum(metrics, "imh_normalize_pages_total");
            case StageNames.INDEXER -> PrometheusText.sum(metrics, "imh_indexer_records_total");
            default -> throw new IllegalArgumentException("no work counter for " + instance.stage());
        };
    }

    private static double cpuSeconds(StageProcess instance) {
        return instance.process().toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
    }

    private static Duration settleTimeout() {
        return Duration.ofMinutes(3).plus(PLAN.delay().plusMillis(20).multipliedBy(web.pages()));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    /** Prints a figure of the run and appends it to target/scale-out/figures.txt (the test's output goes to a report file). */
    private static void figure(String format, Object... args) {
        String line = "SCALE-OUT: " + String.format(format, args);
        System.out.println(line);
        try {
            Files.writeString(DIR.resolve("figures.txt"), line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
