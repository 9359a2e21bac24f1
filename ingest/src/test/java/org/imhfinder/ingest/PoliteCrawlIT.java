package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.imhfinder.localstack.web.RecordedRequest;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Robots.txt, sitemaps, scope and de-duplication on the polite association's site. */
@ExtendWith(ImhStackExtension.class)
class PoliteCrawlIT {
    private static CrawlHarness harness;
    private static Site site;
    private static String crawlId;
    private static CrawlRun run;

    @BeforeAll
    static void crawlOnce(TestStack stack) {
        harness = new CrawlHarness(stack);
        site = harness.serve("polite-association");
        harness.start("sources:\n" + CrawlHarness.source("polite-a", site, null), Map.of());
        crawlId = harness.crawl("polite-a");
        run = harness.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.FAILED);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void aPathRobotsTxtDisallowsIsNeverRequested() {
        assertThat(site.requests()).extracting(RecordedRequest::path)
                .contains("/robots.txt", "/private/open.html")
                .doesNotContain("/private/members.html");
        assertThat(run.counts().skippedByRobots()).isEqualTo(1);
    }

    @Test
    void robotsTxtIsTheFirstRequestAndEveryRequestCarriesTheCrawlersUserAgent() {
        assertThat(site.requests().get(0).path()).isEqualTo("/robots.txt");
        assertThat(site.requests()).allSatisfy(r -> assertThat(r.header("User-Agent"))
                .startsWith("IMHProgramFinder/").contains("+https://"));
    }

    @Test
    void aPageOnlyTheGzippedSitemapOfTheRobotsSitemapIndexListsIsFound() {
        assertThat(site.requests()).extracting(RecordedRequest::path)
                .contains("/sitemaps/index.xml", "/sitemaps/pages.xml.gz");
        assertThat(harness.page(crawlId, site, "/only-in-sitemap.html").status()).isEqualTo(PageStatus.OK);
    }

    @Test
    void fragmentsAndTrackingParametersDoNotMakeAPageTwice() {
        List<String> urls = harness.pages(crawlId).stream().map(PageEvent::url).toList();
        assertThat(urls).doesNotHaveDuplicates().contains(site.uri("/endorsement/").toString())
                .noneMatch(u -> u.contains("utm_") || u.contains("#"));
        assertThat(site.requests()).filteredOn(r -> r.path().equals("/endorsement/")).hasSize(1);
    }

    @Test
    void aLinkedPdfIsFetchedAndKeptAsBytes() {
        PageEvent pdf = harness.page(crawlId, site, "/docs/requirements.pdf");
        assertThat(pdf.status()).isEqualTo(PageStatus.OK);
        assertThat(pdf.isPdf()).isTrue();
        assertThat(new String(pdf.binaryBody(), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
        assertThat(pdf.referrer()).isEqualTo(site.uri("/").toString());
    }

    @Test
    void imagesFeedsLoginsAndOtherSitesAreNeverRequested() {
        assertThat(site.requests()).extracting(RecordedRequest::path)
                .doesNotContain("/images/logo.png", "/feed/", "/wp-login.php");
        assertThat(run.counts().skippedByType()).isEqualTo(1);
        assertThat(run.counts().outOfScope()).isGreaterThanOrEqualTo(3);
        assertThat(run.notes()).anyMatch(n -> n.contains("logo.png") && n.contains("not fetched"));
    }

    @Test
    void theRunCountsWhatItDidAndSaysWhoStartedIt() {
        assertThat(run.state()).isEqualTo(CrawlState.FETCHED);
        assertThat(run.sourceIds()).containsExactly("polite-a");
        assertThat(run.counts().fetched()).isEqualTo(5); // home, endorsement, open news, sitemap-only page, PDF
        assertThat(run.counts().discovered()).isEqualTo(7);
        assertThat(run.sourceCounts()).containsKey("polite-a");
        assertThat(run.requestedBy()).isEqualTo("test");
        assertThat(harness.pages(crawlId)).allSatisfy(e -> {
            assertThat(e.sourceId()).isEqualTo("polite-a");
            assertThat(e.crawlId()).isEqualTo(crawlId);
        });
    }
}
