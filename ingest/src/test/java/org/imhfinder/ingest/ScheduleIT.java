package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.Response;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sources on their own schedules (an ISO period and a Quartz cron), and requests that would overlap. */
@ExtendWith(ImhStackExtension.class)
class ScheduleIT {
    private static CrawlHarness harness;

    @BeforeAll
    static void start(TestStack stack) {
        harness = new CrawlHarness(stack);
        GeneratedSite.Spec tiny = GeneratedSite.Spec.of(2).withPageBytes(100);
        Site periodic = GeneratedSite.serve(harness.web(), "periodic-" + System.nanoTime(), tiny);
        Site cron = GeneratedSite.serve(harness.web(), "cron-" + System.nanoTime(), tiny);
        Site slow = GeneratedSite.serve(harness.web(), "slow-" + System.nanoTime(), tiny);
        slow.respond("/", Response.html("<a href=\"/p/1.html\">1</a>").after(Duration.ofSeconds(2)));
        harness.start("sources:\n"
                + CrawlHarness.source("every-2s", periodic, "    schedule: PT2S\n")
                + CrawlHarness.source("cron-2s", cron, "    schedule: \"*/2 * * * * ?\"\n")
                + CrawlHarness.source("slow-one", slow, null), Map.of());
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void eachSourceRunsOnItsOwnScheduleAndItsRunsNeverOverlap() {
        for (String source : List.of("every-2s", "cron-2s")) {
            List<CrawlRun> runs = await(source + " crawled twice on schedule").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> fetchedRunsOf(source),
                            r -> r.size() >= 2 && r.stream().anyMatch(run -> run.counts().notModified() == 3));
            assertThat(runs).allSatisfy(run -> {
                assertThat(run.trigger()).isEqualTo(CrawlTrigger.SCHEDULE);
                assertThat(run.sourceIds()).containsExactly(source);
                // asked (OK the first time, NOT_MODIFIED after) or not due yet: the period is each page's longest
                // interval, so a run right after a page's last answer leaves it for the next
                assertThat(run.counts().published() + run.counts().deferred()).isEqualTo(3);
            });
            for (int i = 1; i < runs.size(); i++) {
                assertThat(runs.get(i).startedAt()).isAfterOrEqualTo(runs.get(i - 1).fetchedAt());
            }
        }
    }

    @Test
    void aRequestForASourceAlreadyBeingCrawledFailsNamingTheCrawlToFollow() {
        String first = harness.crawl("slow-one");
        harness.awaitRun(first, CrawlState.RUNNING);
        String second = harness.crawl("slow-one");

        CrawlRun refused = harness.awaitRun(second, CrawlState.FAILED);
        assertThat(refused.alreadyRunningAs()).isEqualTo(first);
        assertThat(refused.error()).contains("already running as " + first);
        assertThat(harness.awaitRun(first, CrawlState.FETCHED).counts().fetched()).isEqualTo(3);
    }

    @Test
    void aRequestForAnUnknownSourceFails() {
        CrawlRun refused = harness.awaitRun(harness.crawl("no-such-source"), CrawlState.FAILED);
        assertThat(refused.error()).contains("no source 'no-such-source'");
    }

    private static List<CrawlRun> fetchedRunsOf(String source) {
        return harness.runs().values().stream()
                .filter(r -> r.sourceIds().contains(source) && r.fetchedAt() != null)
                .sorted(Comparator.comparing(CrawlRun::startedAt)).toList();
    }
}
