package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.localstack.web.RecordedRequest;
import org.imhfinder.localstack.web.Response;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageMemoryEntry;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Crawl a site, stop ingest, start a new ingest, crawl again: the new process knows what the old
 * one fetched (from {@code imh.page-memory.v1}), so it asks about every page conditionally, gets
 * 304s, and still follows the links of the unchanged pages to pages reachable only through them.
 * One page disappears meanwhile: it is removed from the memory.
 */
@ExtendWith(ImhStackExtension.class)
class PageMemoryRestartIT {
    private static final Map<String, String> SETTINGS = Map.of("IMH_CRAWL_DELAY", "PT0.02S");
    /** Every page of the site, as the first crawl fetches it in full. */
    private static final List<String> PAGES = List.of("/", "/about.html", "/news.html", "/trainings/",
            "/trainings/reflective-supervision.html", "/trainings/infant-parent-certificate.html",
            "/trainings/certificate-requirements.pdf");
    /** Reachable only through /trainings/, which does not change. */
    private static final List<String> BEHIND_THE_TRAININGS_PAGE = List.of("/trainings/reflective-supervision.html",
            "/trainings/infant-parent-certificate.html", "/trainings/certificate-requirements.pdf");
    private static final String GONE = "/news.html";

    private static CrawlHarness harness;
    private static Site site;
    private static String sourceId;
    private static List<RecordedRequest> firstRequests;
    private static String secondCrawl;
    private static CrawlRun second;

    @BeforeAll
    static void crawlRestartAndCrawlAgain(TestStack stack) {
        harness = new CrawlHarness(stack);
        site = harness.serve("remembering-nonprofit");
        sourceId = "remembering-" + System.nanoTime();
        String sources = "sources:\n" + CrawlHarness.source(sourceId, site, null);
        harness.start(sources, SETTINGS);
        CrawlRun first = harness.awaitRun(harness.crawl(sourceId), CrawlState.FETCHED, CrawlState.FAILED);
        assertThat(first.counts().fetched()).as("the first crawl fetches every page in full").isEqualTo(PAGES.size());
        await("every page remembered on " + Topics.PAGE_MEMORY).atMost(Duration.ofSeconds(30))
                .until(() -> memoryTopic().keySet(), urls -> urls.size() == PAGES.size());
        firstRequests = pageRequests();

        harness.stopIngest();
        site.clearRequests();
        site.respond(GONE, Response.status(404));
        harness.start(sources, SETTINGS);
        secondCrawl = harness.crawl(sourceId);
        second = harness.awaitRun(secondCrawl, CrawlState.FETCHED, CrawlState.FAILED);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void theFirstIngestAsksForEveryPageUnconditionally() {
        assertThat(firstRequests).extracting(RecordedRequest::target).containsExactlyInAnyOrderElementsOf(PAGES);
        assertThat(firstRequests).allSatisfy(r -> {
            assertThat(r.header("If-None-Match")).isNull();
            assertThat(r.status()).isEqualTo(200);
        });
    }

    @Test
    void theRestartedIngestAsksAboutEveryPageItKnewWithItsValidators() {
        List<RecordedRequest> requests = pageRequests();

        assertThat(requests).extracting(RecordedRequest::target).containsExactlyInAnyOrderElementsOf(PAGES);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.header("If-None-Match")).as(r.target()).isNotBlank();
            assertThat(r.header("If-Modified-Since")).as(r.target()).isNotBlank();
        });
    }

    @Test
    void everyUnchangedPageIsAnswered304AndPublishedNotModified() {
        assertThat(pageRequests()).filteredOn(r -> !r.target().equals(GONE))
                .allSatisfy(r -> assertThat(r.status()).as(r.target()).isEqualTo(304));
        assertThat(harness.pages(secondCrawl)).filteredOn(e -> !e.url().equals(site.uri(GONE).toString()))
                .hasSize(PAGES.size() - 1).allSatisfy(e -> {
                    assertThat(e.status()).isEqualTo(PageStatus.NOT_MODIFIED);
                    assertThat(e.body()).isNull();
                });
        assertThat(second.counts().notModified()).isEqualTo(PAGES.size() - 1);
        assertThat(second.counts().fetched()).isZero();
    }

    @Test
    void pagesReachableOnlyThroughAnUnchangedPageAreStillCrawled() {
        assertThat(harness.page(secondCrawl, site, "/trainings/").status()).isEqualTo(PageStatus.NOT_MODIFIED);
        assertThat(harness.pages(secondCrawl)).extracting(PageEvent::url)
                .containsAll(BEHIND_THE_TRAININGS_PAGE.stream().map(p -> site.uri(p).toString()).toList());
    }

    @Test
    void aPageThatIsGoneIsRemovedFromTheMemoryAndTheOthersKeepTheirLinks() {
        assertThat(harness.page(secondCrawl, site, GONE).status()).isEqualTo(PageStatus.GONE);
        Map<String, PageMemoryEntry> memory = await("the gone page's tombstone").atMost(Duration.ofSeconds(30))
                .until(PageMemoryRestartIT::memoryTopic, m -> !m.containsKey(site.uri(GONE).toString()));

        assertThat(memory.keySet()).containsExactlyInAnyOrderElementsOf(PAGES.stream().filter(p -> !p.equals(GONE))
                .map(p -> site.uri(p).toString()).toList());
        assertThat(memory.get(site.uri("/trainings/").toString()).links()).contains(
                site.uri("/trainings/reflective-supervision.html").toString(),
                site.uri("/trainings/infant-parent-certificate.html").toString());
        assertThat(memory.values()).allSatisfy(e -> {
            assertThat(e.sourceId()).isEqualTo(sourceId);
            assertThat(e.etag()).isNotBlank();
            assertThat(e.fetchedAt()).isNotNull();
        });
    }

    @Test
    void theMetricsCountTheConditionalRequestsAndTheir304s() {
        assertThat(conditional("NOT_MODIFIED")).isEqualTo(PAGES.size() - 1);
        assertThat(conditional("OTHER")).isEqualTo(1); // the 404
        assertThat(conditional("MODIFIED")).isZero();
        assertThat(harness.pipeline().meters().get("imh.crawl.memory.pages").gauge().value())
                .as("pages remembered by the restarted ingest").isEqualTo(PAGES.size() - 1);
    }

    /** Requests for pages (robots.txt and the sitemap the crawler looks for left out). */
    private static List<RecordedRequest> pageRequests() {
        return site.requests().stream().filter(r -> !r.path().equals("/robots.txt") && !r.path().startsWith("/sitemap"))
                .toList();
    }

    private static double conditional(String outcome) {
        return harness.pipeline().meters().find("imh.crawl.conditional").tags("outcome", outcome, "host", site.authority())
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    /** This site's pages as {@code imh.page-memory.v1} has them now. */
    private static Map<String, PageMemoryEntry> memoryTopic() {
        return TopicSnapshot.read(harness.kafka(), Topics.PAGE_MEMORY, v -> Json.read(v, PageMemoryEntry.class),
                        Duration.ofSeconds(20)).entrySet().stream()
                .filter(e -> e.getKey().startsWith(site.baseUri().toString()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
