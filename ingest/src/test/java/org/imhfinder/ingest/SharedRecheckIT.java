package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.RecordedRequest;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two ingest instances sharing four hosts, crawled once on request and then left to their pages'
 * own schedules (seconds here). Each host's pages are re-checked by the one instance that owns the
 * host, within the host's daily budget and with the crawl delay between requests. Instance 1 is
 * then stopped and a new process started in its place (the same {@code IMH_INGEST_INSTANCE}): it
 * goes on from the remembered schedule (conditional checks as the pages fall due, the budget's day
 * rebuilt from the page memory), not from a new crawl. The surviving instance 0 does not take the
 * stopped instance's hosts: the assignment is fixed by the sources file, so a host never has two
 * crawlers (see "Several instances" in the README).
 */
@ExtendWith(ImhStackExtension.class)
class SharedRecheckIT {
    private static final int HOSTS = 4;
    private static final GeneratedSite.Spec SPEC = GeneratedSite.Spec.of(3).withLinksPerPage(2).withPageBytes(200);
    private static final int BUDGET = 24;
    private static final Duration DELAY = Duration.ofMillis(200);
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    private static final Duration MAX_INTERVAL = Duration.ofSeconds(2);
    private static final Duration EVERY = Duration.ofMillis(500);
    /** Re-checks each of instance 1's hosts must have had before it is stopped (two rounds of its pages). */
    private static final int BEFORE_STOP = 2 * SPEC.totalPages();
    private static final Map<String, String> SETTINGS = Map.of("IMH_INGEST_INSTANCES", "2", "IMH_CRAWL_DELAY", DELAY.toString(),
            "IMH_CRAWL_BUDGET", String.valueOf(BUDGET), "IMH_RECHECK_EVERY", EVERY.toString(),
            "IMH_RECHECK_MIN_INTERVAL", MIN_INTERVAL.toString(), "IMH_RECHECK_MAX_INTERVAL", MAX_INTERVAL.toString());

    private static CrawlHarness first;
    private static CrawlHarness second;
    private static CrawlHarness replacement;
    private static List<Site> hosts;
    private static Set<String> firstsHosts;
    private static Set<String> secondsHosts;
    /** Conditional requests answered 304, by host, as each instance counted them. */
    private static final List<Map<String, Long>> notModifiedByInstance = new ArrayList<>();
    private static Instant stoppedAt;
    /** Counted requests by host when instance 1 stopped. */
    private static Map<String, Integer> countedAtStop;
    private static Instant replacementStartedAt;

    @BeforeAll
    static void crawlRecheckStopAndReplace(TestStack stack) {
        first = new CrawlHarness(stack);
        second = new CrawlHarness(stack);
        hosts = GeneratedSite.serve(first.web(), "rechecked-shared-" + System.nanoTime(), HOSTS, SPEC);
        StringBuilder sources = new StringBuilder("sources:\n");
        for (int i = 0; i < HOSTS; i++) {
            sources.append(CrawlHarness.source("rechecked-shared-" + i + "-" + System.nanoTime(), hosts.get(i), null));
        }
        first.start(sources.toString(), settings(0));
        second.start(sources.toString(), settings(1));
        CrawlRun run = first.awaitRun(first.crawl(null), CrawlState.FETCHED, CrawlState.SETTLED, CrawlState.FAILED);
        assertThat(run.state()).isIn(CrawlState.FETCHED, CrawlState.SETTLED);
        firstsHosts = hostsWithCounter(first.pipeline(), "imh.crawl.pages", null).keySet();
        secondsHosts = hostsWithCounter(second.pipeline(), "imh.crawl.pages", null).keySet();

        await("two rounds of re-checks on instance 1's hosts").atMost(Duration.ofSeconds(60))
                .until(() -> secondsSites().stream().allMatch(h -> rechecks(h).size() >= BEFORE_STOP));
        notModifiedByInstance.add(null); // instance 0's is read at the end
        Pipeline stopped = second.pipeline();
        second.stopIngest();
        // read once it has stopped, so a check in flight at the stop is counted at the web and here alike
        notModifiedByInstance.add(hostsWithCounter(stopped, "imh.crawl.conditional", "NOT_MODIFIED"));
        stoppedAt = Instant.now();
        countedAtStop = hosts.stream().collect(Collectors.toMap(Site::authority, h -> counted(h).size()));
        // long enough for every page of instance 1's to fall due and for instance 0 to look at its own again
        await("instance 1's hosts left alone while it is down").during(MAX_INTERVAL.plus(EVERY))
                .atMost(MAX_INTERVAL.plusSeconds(5)).until(() -> secondsSites().stream()
                        .allMatch(h -> counted(h).size() == countedAtStop.get(h.authority())));
        replacement = new CrawlHarness(stack);
        replacementStartedAt = Instant.now();
        replacement.start(sources.toString(), settings(1));

        // every host's re-checks stop where its budget ends, less the request kept for a deadline's check
        await("every host's budget spent").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> hosts.stream().allMatch(h -> counted(h).size() >= BUDGET - 1));
        await("nothing more asked for 3 s").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(SharedRecheckIT::totalCounted, unchangedFor(Duration.ofSeconds(3)));
        notModifiedByInstance.set(0, hostsWithCounter(first.pipeline(), "imh.crawl.conditional", "NOT_MODIFIED"));
        notModifiedByInstance.add(hostsWithCounter(replacement.pipeline(), "imh.crawl.conditional", "NOT_MODIFIED"));
        hosts.forEach(h -> System.out.printf("%s (instance %d): %d counted requests, %d re-checks, %d at the stop; 304s by"
                        + " instance 0/1/replacement: %s%n", h.authority(), firstsHosts.contains(h.authority()) ? 0 : 1,
                counted(h).size(), rechecks(h).size(), countedAtStop.get(h.authority()),
                notModifiedByInstance.stream().map(m -> m.getOrDefault(h.authority(), 0L)).toList()));
    }

    @AfterAll
    static void stop() {
        for (CrawlHarness harness : new CrawlHarness[] {replacement, second, first}) {
            if (harness != null) {
                harness.close();
            }
        }
    }

    @Test
    void eachHostIsReCheckedByTheOneInstanceThatOwnsIt() {
        assertThat(firstsHosts).isNotEmpty().doesNotContainAnyElementsOf(secondsHosts);
        assertThat(secondsHosts).isNotEmpty();
        Set<String> rechecked0 = notModifiedByInstance.get(0).keySet();
        Set<String> rechecked1 = new HashSet<>(notModifiedByInstance.get(1).keySet());
        rechecked1.addAll(notModifiedByInstance.get(2).keySet());
        assertThat(rechecked0).containsExactlyInAnyOrderElementsOf(firstsHosts);
        assertThat(rechecked1).containsExactlyInAnyOrderElementsOf(secondsHosts);
    }

    @Test
    void everyReCheckAtTheWebIsOneInstancesCheck() {
        for (Site host : hosts) {
            long answered304 = rechecks(host).stream().filter(r -> r.status() == 304).count();
            long counted = notModifiedByInstance.stream().mapToLong(m -> m.getOrDefault(host.authority(), 0L)).sum();
            assertThat(counted).as(host.authority()).isEqualTo(answered304).isPositive();
        }
    }

    @Test
    void noPageIsAskedTwiceForOneDueCheck() {
        for (Site host : hosts) {
            Map<String, List<Instant>> byPath = new LinkedHashMap<>();
            counted(host).forEach(r -> byPath.computeIfAbsent(r.target(), p -> new ArrayList<>()).add(r.at()));
            byPath.forEach((path, times) -> {
                for (int i = 1; i < times.size(); i++) {
                    assertThat(Duration.between(times.get(i - 1), times.get(i))).as("%s%s, checks %d and %d",
                            host.authority(), path, i - 1, i).isGreaterThanOrEqualTo(MIN_INTERVAL.minusMillis(50));
                }
            });
        }
    }

    @Test
    void eachHostsDailyBudgetHoldsAcrossBothInstancesAndTheReplacement() {
        for (Site host : hosts) {
            assertThat(counted(host)).as(host.authority()).hasSizeLessThanOrEqualTo(BUDGET)
                    .hasSizeGreaterThanOrEqualTo(BUDGET - 1);
        }
    }

    @Test
    void theCrawlDelayHoldsBetweenAnyTwoRequestsToOneHost() {
        for (Site host : hosts) {
            List<RecordedRequest> all = host.requests().stream().sorted(Comparator.comparing(RecordedRequest::at)).toList();
            for (int i = 1; i < all.size(); i++) {
                assertThat(Duration.between(all.get(i - 1).at(), all.get(i).at()))
                        .as("%s: between %s and %s", host.authority(), all.get(i - 1).target(), all.get(i).target())
                        .isGreaterThanOrEqualTo(DELAY.minusMillis(20));
            }
        }
    }

    @Test
    void theSurvivingInstanceLeavesTheStoppedInstancesHostsAloneAndGoesOnWithItsOwn() {
        for (Site host : secondsSites()) {
            assertThat(host.requests()).as(host.authority())
                    .noneMatch(r -> r.at().isAfter(stoppedAt) && r.at().isBefore(replacementStartedAt));
        }
        for (Site host : firstsSites()) {
            assertThat(host.requests()).as(host.authority())
                    .anyMatch(r -> r.at().isAfter(stoppedAt) && r.at().isBefore(replacementStartedAt));
        }
    }

    @Test
    void theReplacementGoesOnFromTheRememberedSchedule() {
        for (Site host : secondsSites()) {
            List<RecordedRequest> after = counted(host).stream().filter(r -> r.at().isAfter(replacementStartedAt)).toList();
            assertThat(after).as("%s: checks after the replacement started", host.authority()).isNotEmpty()
                    .allSatisfy(r -> {
                        assertThat(r.header("If-None-Match")).as(r.target()).isNotBlank();
                        assertThat(r.status()).as(r.target()).isEqualTo(304);
                    });
            // the replacement counts the day's requests made before it started, and keeps the deadline's one too
            assertThat(after.size()).as("%s: within what the day's budget had left", host.authority())
                    .isLessThanOrEqualTo(BUDGET - 1 - countedAtStop.get(host.authority()));
        }
    }

    private static Map<String, String> settings(int instance) {
        Map<String, String> settings = new HashMap<>(SETTINGS);
        settings.put("IMH_INGEST_INSTANCE", String.valueOf(instance));
        return settings;
    }

    private static List<Site> firstsSites() {
        return hosts.stream().filter(h -> firstsHosts.contains(h.authority())).toList();
    }

    private static List<Site> secondsSites() {
        return hosts.stream().filter(h -> secondsHosts.contains(h.authority())).toList();
    }

    private static int totalCounted() {
        return hosts.stream().mapToInt(h -> counted(h).size()).sum();
    }

    /** What the budget counts: pages and sitemaps (robots.txt is politeness itself). */
    private static List<RecordedRequest> counted(Site host) {
        return host.requests().stream().filter(r -> !r.path().equals("/robots.txt")).toList();
    }

    /** The re-checks: every request of the requested crawl was a first fetch, every re-check is conditional. */
    private static List<RecordedRequest> rechecks(Site host) {
        return counted(host).stream().filter(r -> r.header("If-None-Match") != null).toList();
    }

    /** A counter's count by host tag, for the hosts where it counted anything (any outcome when null). */
    private static Map<String, Long> hostsWithCounter(Pipeline pipeline, String name, String outcome) {
        return pipeline.meters().find(name).counters().stream()
                .filter(c -> outcome == null || outcome.equals(c.getId().getTag("outcome")))
                .filter(c -> c.count() > 0)
                .collect(Collectors.toMap(c -> c.getId().getTag("host"), c -> (long) c.count(), Long::sum));
    }

    /** True once the value has not changed for {@code quiet} (a look every half second or so). */
    private static <T> java.util.function.Predicate<T> unchangedFor(Duration quiet) {
        return new java.util.function.Predicate<>() {
            private T last;
            private Instant since = Instant.now();

            @Override
            public boolean test(T value) {
                if (!value.equals(last)) {
                    last = value;
                    since = Instant.now();
                }
                return Duration.between(since, Instant.now()).compareTo(quiet) >= 0;
            }
        };
    }
}
