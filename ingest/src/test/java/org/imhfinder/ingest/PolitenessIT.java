package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.RecordedRequest;
import org.imhfinder.localstack.web.Response;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Per-host spacing, measured where it matters: on the servers' side. Two hosts with the
 * configured delay and a third whose robots.txt asks for a longer Crawl-delay, crawled in one run.
 */
@ExtendWith(ImhStackExtension.class)
class PolitenessIT {
    private static final Duration DELAY = Duration.ofMillis(300);
    private static CrawlHarness harness;
    private static List<Site> hosts;
    private static Site slowHost;

    @BeforeAll
    static void crawlOnce(TestStack stack) {
        harness = new CrawlHarness(stack);
        GeneratedSite.Spec spec = GeneratedSite.Spec.of(6).withLinksPerPage(3).withPageBytes(200);
        hosts = GeneratedSite.serve(harness.web(), "polite-" + System.nanoTime(), 2, spec);
        slowHost = GeneratedSite.serve(harness.web(), "crawl-delay-" + System.nanoTime(), spec.withSitemap(false));
        slowHost.respond("/robots.txt", Response.of(200, "text/plain", "User-agent: *\nCrawl-delay: 1\n".getBytes()));
        harness.start("sources:\n" + CrawlHarness.source("spaced-a", hosts.get(0), null)
                        + CrawlHarness.source("spaced-b", hosts.get(1), null)
                        + CrawlHarness.source("spaced-c", slowHost, "    maxPages: 4\n"),
                Map.of("IMH_CRAWL_DELAY", "PT0.3S"));
        String crawlId = harness.crawl(null);
        harness.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.FAILED);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void requestsToOneHostArriveAtLeastTheCrawlDelayApart() {
        for (Site host : hosts) {
            assertThat(host.requests()).hasSizeGreaterThan(5);
            assertThat(gaps(host.requests())).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(DELAY));
        }
    }

    @Test
    void aLongerRobotsCrawlDelayWins() {
        assertThat(slowHost.requests()).hasSizeGreaterThan(2);
        assertThat(gaps(slowHost.requests())).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void hostsAreCrawledInParallel() {
        Instant firstEnds = last(hosts.get(0).requests());
        Instant secondStarts = hosts.get(1).requests().get(0).at();
        assertThat(secondStarts).isBefore(firstEnds);
    }

    private static List<Duration> gaps(List<RecordedRequest> requests) {
        return java.util.stream.IntStream.range(1, requests.size())
                .mapToObj(i -> Duration.between(requests.get(i - 1).at(), requests.get(i).at())).toList();
    }

    private static Instant last(List<RecordedRequest> requests) {
        return requests.get(requests.size() - 1).at();
    }
}
