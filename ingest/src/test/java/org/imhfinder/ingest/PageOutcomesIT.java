package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.imhfinder.localstack.web.RecordedRequest;
import org.imhfinder.localstack.web.Response;
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

/** What each kind of answer becomes: moves, removals, failures that pass or not, slow and huge pages, charsets, 304. */
@ExtendWith(ImhStackExtension.class)
class PageOutcomesIT {
    private static final int CAP = 64 * 1024;
    private static CrawlHarness harness;
    private static Site site;
    private static Site elsewhere;
    private static Site legacy;
    private static String crawlId;
    private static CrawlRun run;

    @BeforeAll
    static void crawlOnce(TestStack stack) {
        harness = new CrawlHarness(stack);
        site = harness.serve("moving-university");
        elsewhere = harness.serve("legacy-charset");
        legacy = harness.serve("legacy-charset");
        site.respond("/old-program", Response.redirect(301, "/newer-program"));
        site.respond("/newer-program", Response.redirect(308, "/program.html"));
        site.respond("/left-for-elsewhere", Response.redirect(301, elsewhere.uri("/").toString()));
        site.respond("/apply-now", Response.redirect(302, "/application.html"));
        site.respond("/retired-410", Response.status(410));
        site.respond("/flaky", Response.status(503), Response.html("<h1>Back again</h1>"));
        site.respond("/broken", Response.status(500));
        site.respond("/slow", Response.html("<h1>Too late</h1>").after(Duration.ofSeconds(3)));
        site.respond("/huge.html", Response.html("<h1>Huge</h1>" + "<p>filler</p>".repeat(CAP / 10)));
        harness.start("sources:\n" + CrawlHarness.source("moving-u", site, null)
                        + CrawlHarness.source("legacy-l", legacy, null),
                Map.of("IMH_CRAWL_MAX_BODY_BYTES", String.valueOf(CAP), "IMH_CRAWL_READ_TIMEOUT", "PT1S",
                        "IMH_CRAWL_TOTAL_TIMEOUT", "PT2S", "IMH_CRAWL_RETRIES", "2"));
        crawlId = harness.crawl(null);
        run = harness.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.FAILED);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void aChainOfPermanentMovesIsReportedHopByHopAndFollowedToTheEnd() {
        PageEvent first = harness.page(crawlId, site, "/old-program");
        PageEvent second = harness.page(crawlId, site, "/newer-program");
        assertThat(first.status()).isEqualTo(PageStatus.MOVED);
        assertThat(first.httpStatus()).isEqualTo(301);
        assertThat(first.finalUrl()).isEqualTo(site.uri("/newer-program").toString());
        assertThat(second.status()).isEqualTo(PageStatus.MOVED);
        assertThat(second.finalUrl()).isEqualTo(site.uri("/program.html").toString());
        assertThat(harness.page(crawlId, site, "/program.html").status()).isEqualTo(PageStatus.OK);
    }

    @Test
    void aMoveToAnotherWebsiteIsReportedButNotFollowed() {
        PageEvent moved = harness.page(crawlId, site, "/left-for-elsewhere");
        assertThat(moved.status()).isEqualTo(PageStatus.MOVED);
        assertThat(moved.finalUrl()).isEqualTo(elsewhere.uri("/").toString());
        assertThat(elsewhere.requests()).isEmpty();
        assertThat(run.notes()).anyMatch(n -> n.contains("moved out of scope"));
    }

    @Test
    void aTemporaryRedirectIsTheSamePageFoundElsewhere() {
        PageEvent apply = harness.page(crawlId, site, "/apply-now");
        assertThat(apply.status()).isEqualTo(PageStatus.OK);
        assertThat(apply.finalUrl()).isEqualTo(site.uri("/application.html").toString());
        assertThat(apply.body()).contains("Application");
    }

    @Test
    void notFoundAndGoneAreGone() {
        assertThat(harness.page(crawlId, site, "/retired-404").status()).isEqualTo(PageStatus.GONE);
        PageEvent gone = harness.page(crawlId, site, "/retired-410");
        assertThat(gone.status()).isEqualTo(PageStatus.GONE);
        assertThat(gone.httpStatus()).isEqualTo(410);
    }

    @Test
    void aServerErrorThatPassesIsRetriedAndEndsOk() {
        PageEvent flaky = harness.page(crawlId, site, "/flaky");
        assertThat(flaky.status()).isEqualTo(PageStatus.OK);
        assertThat(flaky.body()).contains("Back again");
        assertThat(site.requests()).filteredOn(r -> r.path().equals("/flaky")).extracting(RecordedRequest::status)
                .containsExactly(503, 200);
    }

    @Test
    void aServerErrorThatLastsIsAnErrorAfterTheRetries() {
        PageEvent broken = harness.page(crawlId, site, "/broken");
        assertThat(broken.status()).isEqualTo(PageStatus.ERROR);
        assertThat(broken.error()).contains("HTTP 500", "3 attempts");
        assertThat(site.requests()).filteredOn(r -> r.path().equals("/broken")).hasSize(3);
    }

    @Test
    void aSlowPageTimesOutAsAnError() {
        PageEvent slow = harness.page(crawlId, site, "/slow");
        assertThat(slow.status()).isEqualTo(PageStatus.ERROR);
        assertThat(slow.error()).containsIgnoringCase("timeout").contains("attempts");
        assertThat(slow.body()).isNull();
    }

    @Test
    void anOversizeBodyIsCutAtTheCapAndMarked() {
        PageEvent huge = harness.page(crawlId, site, "/huge.html");
        assertThat(huge.status()).isEqualTo(PageStatus.OK);
        assertThat(huge.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(CAP);
        assertThat(huge.headers()).containsEntry("x-imh-truncated", "true");
    }

    @Test
    void aWindows1252PageDeclaredOnlyInItsMetaComesOutRight() {
        PageEvent page = harness.page(crawlId, legacy, "/windows-1252-meta-only.html");
        assertThat(page.charset()).isEqualTo("windows-1252");
        assertThat(page.body()).contains("Infant\u2013Parent \u201cReflective\u201d Practice \u2014 Caf\u00e9 na\u00efve");
    }

    @Test
    void aWindows1252PageDeclaringNothingComesOutRight() {
        PageEvent page = harness.page(crawlId, legacy, "/windows-1252-no-declaration.html");
        assertThat(page.body()).contains("Se\u00f1ora \u201cquoted\u201d \u2013 \u00a9 2009");
    }

    @Test
    void theRunCountsEveryOutcome() {
        assertThat(run.state()).isEqualTo(CrawlState.FETCHED);
        assertThat(run.sourceCounts().get("moving-u").moved()).isEqualTo(3);
        assertThat(run.sourceCounts().get("moving-u").gone()).isEqualTo(2);
        assertThat(run.sourceCounts().get("moving-u").errors()).isEqualTo(2);
        assertThat(run.counts().published()).isEqualTo(harness.pages(crawlId).size());
    }

    @Test
    void aSecondCrawlAsksConditionallyAndUnchangedPagesAreNotModified() {
        String again = harness.crawl("legacy-l");
        harness.awaitRun(again, CrawlState.FETCHED, CrawlState.FAILED);

        PageEvent page = harness.page(again, legacy, "/utf-8-bom.html");
        assertThat(page.status()).isEqualTo(PageStatus.NOT_MODIFIED);
        assertThat(page.body()).isNull();
        assertThat(legacy.requests()).filteredOn(r -> r.path().equals("/utf-8-bom.html")).last()
                .satisfies(r -> assertThat(r.header("If-None-Match")).isNotBlank());
        assertThat(harness.run(again).counts().notModified()).isEqualTo(5);
    }
}
