package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.imhfinder.localstack.web.RecordedRequest;
import org.imhfinder.localstack.web.Response;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.localstack.web.SiteContent;
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

/**
 * Redirects of robots.txt, sitemaps and sitemap indexes are held to the source's allowed hosts, as
 * pages are: a hop onto another host is never asked, and says so in the run. Two sources: one whose
 * robots.txt redirects away, one whose sitemaps (named by robots.txt, and a child of its index)
 * redirect within the site and away from it. {@code elsewhere} is a host no source allows.
 */
@ExtendWith(ImhStackExtension.class)
class RedirectScopeIT {
    private static CrawlHarness harness;
    private static Site robotsAway;
    private static Site sitemaps;
    private static Site elsewhere;
    private static String crawlId;
    private static CrawlRun run;

    @BeforeAll
    static void crawlOnce(TestStack stack) {
        harness = new CrawlHarness(stack);
        robotsAway = harness.serve("robots-away", SiteContent.classpath("nothing"));
        sitemaps = harness.serve("sitemaps-away", SiteContent.classpath("nothing"));
        elsewhere = harness.serve("elsewhere", SiteContent.classpath("nothing"));
        robotsAway.respond("/robots.txt", Response.redirect(302, elsewhere.uri("/robots.txt").toString()));
        robotsAway.respond("/", Response.html("<h1>Home</h1>"));
        elsewhere.respond("/robots.txt", Response.of(200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8)));
        sitemaps.respond("/robots.txt", Response.of(200, "text/plain", ("User-agent: *\nAllow: /\n"
                + "Sitemap: " + sitemaps.uri("/index.xml") + "\nSitemap: " + sitemaps.uri("/away.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        sitemaps.respond("/", Response.html("<h1>Home</h1>"));
        sitemaps.respond("/index.xml", xml(index(sitemaps.uri("/old-pages.xml").toString(), sitemaps.uri("/child-away.xml").toString())));
        sitemaps.respond("/old-pages.xml", Response.redirect(301, "/pages.xml"));
        sitemaps.respond("/pages.xml", xml(urlset(sitemaps.uri("/listed.html").toString())));
        sitemaps.respond("/listed.html", Response.html("<h1>Listed in the sitemap</h1>"));
        sitemaps.respond("/away.xml", Response.redirect(302, elsewhere.uri("/sitemap.xml").toString()));
        sitemaps.respond("/child-away.xml", Response.redirect(301, elsewhere.uri("/child.xml").toString()));
        elsewhere.respond("/sitemap.xml", xml(urlset(sitemaps.uri("/planted.html").toString())));
        elsewhere.respond("/child.xml", xml(urlset(sitemaps.uri("/planted-too.html").toString())));
        harness.start("sources:\n" + CrawlHarness.source("robots-away", robotsAway, null)
                + CrawlHarness.source("sitemaps-away", sitemaps, null), Map.of("IMH_CRAWL_DELAY", "PT0S"));
        crawlId = harness.crawl(null);
        run = harness.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.FAILED);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void noRedirectOfRobotsTxtOrOfASitemapReachesAHostNoSourceAllows() {
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void aRobotsTxtRedirectedAwayIsUnreachableSoNothingOfItsHostIsFetchedAndTheRunSaysWhy() {
        assertThat(robotsAway.requests()).extracting(RecordedRequest::path).containsOnly("/robots.txt");
        assertThat(run.counts().skippedByRobots()).isGreaterThanOrEqualTo(1);
        assertThat(run.notes()).anySatisfy(note -> assertThat(note)
                .contains(robotsAway.uri("/").toString(), "disallowed by robots.txt",
                        "redirected out of scope to " + elsewhere.uri("/robots.txt")));
    }

    @Test
    void aSitemapRedirectedWithinTheSiteIsFollowedAndItsPagesFetched() {
        assertThat(harness.page(crawlId, sitemaps, "/listed.html").status()).isEqualTo(PageStatus.OK);
    }

    @Test
    void aSitemapOrASitemapIndexChildRedirectedAwayIsNotReadAndTheRunSaysWhy() {
        assertThat(harness.pages(crawlId)).extracting(PageEvent::url)
                .doesNotContain(sitemaps.uri("/planted.html").toString(), sitemaps.uri("/planted-too.html").toString());
        assertThat(run.notes()).anySatisfy(note -> assertThat(note).contains(sitemaps.uri("/away.xml").toString(),
                "not read", "redirected out of scope to " + elsewhere.uri("/sitemap.xml")));
        assertThat(run.notes()).anySatisfy(note -> assertThat(note).contains(sitemaps.uri("/child-away.xml").toString(),
                "not read", "redirected out of scope to " + elsewhere.uri("/child.xml")));
    }

    private static Response xml(String text) {
        return Response.of(200, "application/xml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String urlset(String url) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + url + "</loc></url></urlset>";
    }

    private static String index(String... sitemapUrls) {
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String url : sitemapUrls) {
            text.append("<sitemap><loc>").append(url).append("</loc></sitemap>");
        }
        return text.append("</sitemapindex>").toString();
    }
}
