package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import java.util.HashSet;
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
 * Two ingest instances sharing six sources: each crawls the hosts it owns and no other, every
 * page is fetched once, and the crawl is one run on {@code imh.crawls.v1} whose counts are the
 * whole crawl's.
 */
@ExtendWith(ImhStackExtension.class)
class SharedIngestIT {
    private static final int HOSTS = 6;
    private static final GeneratedSite.Spec SPEC = GeneratedSite.Spec.of(5).withLinksPerPage(3).withPageBytes(200);
    private static CrawlHarness first;
    private static CrawlHarness second;
    private static List<Site> hosts;
    private static CrawlRun run;

    @BeforeAll
    static void crawlWithTwoInstances(TestStack stack) {
        first = new CrawlHarness(stack);
        second = new CrawlHarness(stack);
        hosts = GeneratedSite.serve(first.web(), "shared-" + System.nanoTime(), HOSTS, SPEC);
        StringBuilder sources = new StringBuilder("sources:\n");
        for (int i = 0; i < HOSTS; i++) {
            sources.append(CrawlHarness.source("shared-" + i + "-" + System.nanoTime(), hosts.get(i), null));
        }
        first.start(sources.toString(), Map.of("IMH_INGEST_INSTANCES", "2", "IMH_INGEST_INSTANCE", "0",
                "IMH_CRAWL_DELAY", "PT0.05S"));
        second.start(sources.toString(), Map.of("IMH_INGEST_INSTANCES", "2", "IMH_INGEST_INSTANCE", "1",
                "IMH_CRAWL_DELAY", "PT0.05S"));
        String crawlId = first.crawl(null);
        run = first.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.SETTLED, CrawlState.FAILED);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void theCrawlIsOneRunCountingEveryPageOfEveryHost() {
        assertThat(run.state()).isIn(CrawlState.FETCHED, CrawlState.SETTLED);
        assertThat(run.sourceIds()).hasSize(HOSTS);
        assertThat(run.counts().fetched()).isEqualTo((long) HOSTS * SPEC.totalPages());
        assertThat(run.sourceCounts().values()).allSatisfy(c -> assertThat(c.fetched()).isEqualTo(SPEC.totalPages()));
    }

    @Test
    void eachInstanceCrawledItsOwnHostsAndNoOther() {
        Set<String> byFirst = hostsCrawledBy(first.pipeline());
        Set<String> bySecond = hostsCrawledBy(second.pipeline());
        assertThat(byFirst).isNotEmpty();
        assertThat(bySecond).isNotEmpty();
        assertThat(byFirst).doesNotContainAnyElementsOf(bySecond);
        Set<String> all = new HashSet<>(byFirst);
        all.addAll(bySecond);
        assertThat(all).containsExactlyInAnyOrderElementsOf(hosts.stream().map(Site::authority).toList());
    }

    @Test
    void noPageWasFetchedTwice() {
        for (Site host : hosts) {
            List<String> pages = host.requests().stream().map(RecordedRequest::target)
                    .filter(t -> !t.equals("/robots.txt") && !t.startsWith("/sitemap")).toList();
            assertThat(pages).doesNotHaveDuplicates().hasSize(SPEC.totalPages());
        }
    }

    private static Set<String> hostsCrawledBy(Pipeline pipeline) {
        return pipeline.meters().find("imh.crawl.pages").counters().stream()
                .filter(c -> c.count() > 0).map(Counter::getId).map(id -> id.getTag("host"))
                .collect(Collectors.toSet());
    }
}
