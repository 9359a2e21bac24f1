package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.imhfinder.localstack.web.Response;
import org.imhfinder.localstack.web.Site;
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
 * With private networks not allowed, a redirect to a loopback address is never followed. The
 * public site is played by a local site the crawler is told to trust; the "internal" site on
 * 127.0.0.1 is not trusted, as a real internal service would not be.
 */
@ExtendWith(ImhStackExtension.class)
class SafetyIT {
    private static CrawlHarness harness;
    private static Site publicSite;
    private static Site internal;
    private static String crawlId;

    @BeforeAll
    static void crawlOnce(TestStack stack) {
        harness = new CrawlHarness(stack);
        publicSite = harness.serve("safe-public", org.imhfinder.localstack.web.SiteContent.classpath("nothing"));
        internal = harness.serve("safe-internal", org.imhfinder.localstack.web.SiteContent.classpath("nothing"));
        publicSite.respond("/", Response.html("<a href=\"/to-metadata\">a</a> <a href=\"/moved-inside\">b</a>"));
        publicSite.respond("/to-metadata", Response.redirect(302, internal.uri("/latest/meta-data/").toString()));
        publicSite.respond("/moved-inside", Response.redirect(301, internal.uri("/admin").toString()));
        publicSite.respond("/robots.txt", Response.status(404));
        String trusted = publicSite.authority();
        harness.start("sources:\n" + CrawlHarness.source("safe-s", publicSite,
                        "    allowedHosts: [\"" + publicSite.authority() + "\", \"" + internal.authority() + "\"]\n"),
                Map.of("IMH_CRAWL_ALLOW_PRIVATE_NETWORKS", "false"), new IngestStage(trusted::equals));
        crawlId = harness.crawl("safe-s");
        harness.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.FAILED);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void aRedirectToALoopbackAddressIsBlockedAndReported() {
        PageEvent blocked = harness.page(crawlId, publicSite, "/to-metadata");
        assertThat(blocked.status()).isEqualTo(PageStatus.ERROR);
        assertThat(blocked.error()).contains("127.0.0.1", "loopback");
        assertThat(internal.requests()).isEmpty();
    }

    @Test
    void aPageMovedOntoALoopbackAddressIsReportedMovedButItsNewAddressIsNeverAsked() {
        assertThat(harness.page(crawlId, publicSite, "/moved-inside").status()).isEqualTo(PageStatus.MOVED);
        PageEvent target = harness.page(crawlId, internal, "/admin");
        assertThat(target.status()).isEqualTo(PageStatus.ERROR);
        assertThat(target.error()).contains("loopback");
        assertThat(internal.requests()).isEmpty();
    }

    @Test
    void theTrustedSiteItselfWasCrawled() {
        assertThat(harness.page(crawlId, publicSite, "/").status()).isEqualTo(PageStatus.OK);
    }
}
