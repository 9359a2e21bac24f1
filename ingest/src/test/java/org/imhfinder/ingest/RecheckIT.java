package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.imhfinder.localstack.web.RecordedRequest;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A source crawled once on request, then left to its pages' own schedules (seconds here): ingest
 * checks each page again by itself, conditionally, until the host's daily budget is spent, and
 * then asks nothing more of it; the crawl delay holds for every re-check.
 */
@ExtendWith(ImhStackExtension.class)
class RecheckIT {
    private static final int BUDGET = 14;
    private static final Duration DELAY = Duration.ofMillis(200);
    private static final Map<String, String> SETTINGS = Map.of("IMH_CRAWL_DELAY", "PT0.2S", "IMH_CRAWL_BUDGET",
            String.valueOf(BUDGET), "IMH_RECHECK_EVERY", "PT0.5S", "IMH_RECHECK_MIN_INTERVAL", "PT1S",
            "IMH_RECHECK_MAX_INTERVAL", "PT2S");

    private static CrawlHarness harness;
    private static Site site;
    private static int firstCrawlRequests;
    private static List<RecordedRequest> rechecks;

    @BeforeAll
    static void crawlOnceThenWait(TestStack stack) {
        harness = new CrawlHarness(stack);
        site = harness.serve("remembering-nonprofit");
        String sourceId = "rechecked-" + System.nanoTime();
        harness.start("sources:\n" + CrawlHarness.source(sourceId, site, null), SETTINGS);
        CrawlRun first = harness.awaitRun(harness.crawl(sourceId), CrawlState.FETCHED, CrawlState.FAILED);
        assertThat(first.state()).isEqualTo(CrawlState.FETCHED);
        firstCrawlRequests = counted(site.requests()).size();
        site.clearRequests();
        // every page is due 2 s after its last answer; the budget runs out after a few rounds
        rechecks = await("re-checks until the budget is spent").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ofSeconds(8)).pollInterval(Duration.ofSeconds(4))
                .until(() -> counted(site.requests()), new java.util.function.Predicate<>() {
                    private int last = -1;

                    @Override
                    public boolean test(List<RecordedRequest> requests) {
                        boolean still = requests.size() == last;
                        last = requests.size();
                        return still;
                    }
                });
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void knownPagesAreCheckedAgainByThemselvesAndConditionally() {
        assertThat(rechecks).isNotEmpty().allSatisfy(r -> {
            assertThat(r.header("If-None-Match")).as(r.target()).isNotBlank();
            assertThat(r.status()).as(r.target()).isEqualTo(304);
        });
    }

    @Test
    void theHostsDailyBudgetHoldsAcrossTheRequestedCrawlAndTheReChecks() {
        assertThat(firstCrawlRequests + rechecks.size()).isLessThanOrEqualTo(BUDGET);
        assertThat(firstCrawlRequests + rechecks.size()).as("all but the request kept for a deadline's check")
                .isGreaterThanOrEqualTo(BUDGET - 1);
    }

    @Test
    void theCrawlDelayHoldsBetweenReChecks() {
        for (int i = 1; i < rechecks.size(); i++) {
            assertThat(Duration.between(rechecks.get(i - 1).at(), rechecks.get(i).at()))
                    .as("between %s and %s", rechecks.get(i - 1).target(), rechecks.get(i).target())
                    .isGreaterThanOrEqualTo(DELAY.minusMillis(20));
        }
    }

    /** What the budget counts: pages and sitemaps (robots.txt is politeness itself). */
    private static List<RecordedRequest> counted(List<RecordedRequest> requests) {
        return requests.stream().filter(r -> !r.path().equals("/robots.txt")).toList();
    }
}
