package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.localstack.web.Response;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.localstack.web.SiteContent;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pages whose JSON would be far larger than their bytes, at the default body cap (5 MiB), through
 * the real ingest on the real Kafka: a page of NULs (six bytes each as JSON) and a page of quotes,
 * backslashes, line separators, tabs and control characters. Each is published on
 * {@code imh.pages.v1}, marked truncated and within the page-event limit normalize reads, never lost.
 */
@ExtendWith(ImhStackExtension.class)
class OversizedPageIT {
    private static final int CAP = Integer.parseInt(ConfigKeys.CRAWL_MAX_BODY_BYTES.defaultValue());
    private static final long LIMIT = PageEvent.maxBytes(CAP);
    private static final String NULS_HEAD = "<html><body><h1>Nothing but NULs</h1>";
    /**
     * 45 bytes of UTF-8 that JSON writes as 85: twenty quote-backslash pairs (2 bytes each as JSON), a
     * line separator, a tab, and a control character (removed before the page is published).
     */
    private static final String ESCAPING = "\"\\".repeat(20) + "\u2028\t\u0001";
    private static CrawlHarness harness;
    private static Site site;
    private static String crawlId;
    private static CrawlRun run;

    @BeforeAll
    static void crawlOnce(TestStack stack) {
        harness = new CrawlHarness(stack);
        site = harness.serve("oversized", SiteContent.classpath("nothing"));
        site.respond("/", Response.html("<a href=\"/nuls.html\">NULs</a> <a href=\"/escaping.html\">escaping</a>"));
        site.respond("/robots.txt", Response.status(404));
        site.respond("/nuls.html", html(NULS_HEAD + "\u0000".repeat(CAP) + "</body></html>"));
        site.respond("/escaping.html", html("<html><body><pre>" + ESCAPING.repeat(5_000_000 / 45) + "</pre></body></html>"));
        harness.start("sources:\n" + CrawlHarness.source("oversized", site, null), Map.of("IMH_CRAWL_DELAY", "PT0S"));
        crawlId = harness.crawl("oversized");
        run = harness.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.FAILED);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void aPageOfNulsIsPublishedWithoutThemMarkedAndWithinTheLimit() {
        String record = record("/nuls.html");
        PageEvent page = Json.read(record, PageEvent.class);
        assertThat(page.status()).isEqualTo(PageStatus.OK);
        assertThat(page.body()).isEqualTo(NULS_HEAD);
        assertThat(page.headers()).containsEntry("x-imh-truncated", "true"); // over the body cap
        assertThat(RecordSizeLimit.utf8Bytes(record)).isLessThanOrEqualTo(LIMIT);
    }

    @Test
    void aPageThatEscapesBadlyIsCutToFitOneRecordAndMarked() {
        String record = record("/escaping.html");
        PageEvent page = Json.read(record, PageEvent.class);
        assertThat(page.status()).isEqualTo(PageStatus.OK);
        assertThat(page.headers()).containsEntry("x-imh-truncated", "true");
        assertThat(RecordSizeLimit.utf8Bytes(record)).isLessThanOrEqualTo(LIMIT).isGreaterThan(LIMIT - 1024);
        String served = ("<html><body><pre>" + ESCAPING.repeat(5_000_000 / 45)).replace("\u0001", "");
        assertThat(served).startsWith(page.body());
        assertThat(page.body()).contains("\u2028", "\t").doesNotContain("\u0001").hasSizeGreaterThan(3_000_000);
    }

    @Test
    void theCutIsCountedAndNotedInTheRun() {
        assertThat(truncated("record_limit")).isEqualTo(1);
        assertThat(truncated("body_cap")).isEqualTo(1);
        assertThat(run.counts().fetched()).isEqualTo(3);
        assertThat(run.counts().errors()).isZero();
        assertThat(run.notes()).anySatisfy(note -> assertThat(note)
                .contains(site.uri("/escaping.html").toString(), "cut", "to fit one record of at most " + LIMIT + " bytes"));
    }

    private static String record(String path) {
        String url = site.uri(path).toString();
        List<String> records = harness.pageRecords(e -> crawlId.equals(e.crawlId()) && url.equals(e.url()));
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static double truncated(String reason) {
        return harness.pipeline().meters().find("imh.crawl.pages.truncated").tag("reason", reason).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private static Response html(String text) {
        return Response.of(200, "text/html; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
}
