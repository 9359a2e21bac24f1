package org.imhfinder.searchapi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.ReviewReason;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.Browser;
import org.imhfinder.searchapi.testing.Documents;
import org.imhfinder.searchapi.testing.Listings;
import org.imhfinder.searchapi.testing.SimulatedIndexer;
import org.imhfinder.searchapi.testing.TestIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real headless Chromium: a person searching, filtering and reading a listing; a curator clearing the queue. */
@ExtendWith(ImhStackExtension.class)
class PagesBrowserIT {
    private static final Instant SEEN = Instant.now().minus(3, ChronoUnit.DAYS);
    private static ApiServer api;
    private static Browser browser;
    private static TestIndex index;
    private static String bootstrap;

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        browser = Browser.start();
        stack.reset();
        bootstrap = stack.kafkaBootstrap();
        index = new TestIndex(stack);
        List<ObjectNode> documents = new ArrayList<>();
        for (ProgramListing listing : Listings.all("")) {
            documents.add(Documents.of(listing, SEEN));
        }
        Instant old = Instant.now().minus(100, ChronoUnit.DAYS);
        documents.add(Documents.flagged(Listings.base("flag-stale", "ohio", "Infant Mental Health Practitioner Credential")
                .description("Ohio's state credential for infant mental health practitioners.").build(), old,
                FreshnessStatus.STALE, 10, List.of(ReviewReason.NOT_SEEN), List.of()));
        documents.add(Documents.flagged(Listings.base("flag-gone", "montclair", "Montclair Infant Mental Health Certificate")
                .description("Admissions suspended.").build(), old, FreshnessStatus.GONE, 30,
                List.of(ReviewReason.SOURCE_GONE), List.of()));
        documents.add(Documents.of(Listings.base("bidi-1", "spoof", "Zebrafinch \u202Eevitcelfer\u202C Practice Seminar")
                .description("Fee \u2067$310\u2069 \u202Dper term\u202C, see \u202Bthe brochure\u202A.").build(), SEEN));
        index.put(documents);
        api = ApiServer.start(stack, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (api != null) {
            api.close();
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    void aPersonSearchesFiltersAndOpensAListing() throws Exception {
        WebDriver page = browser.driver();
        page.get(api.base().resolve("/").toString());
        awaitIdle(page);
        WebElement box = page.findElement(By.id("q"));
        box.sendKeys("certificate", Keys.ENTER);
        awaitIdle(page);
        awaitText(By.id("summary"), "program");
        assertThat(resultNames()).anyMatch(n -> n.contains("Graduate Certificate"));

        page.findElement(By.cssSelector("input[name='delivery'][value='ONLINE']")).click();
        wait(page).until(d -> page.getCurrentUrl().contains("delivery=ONLINE"));
        wait(page).until(d -> resultNames().size() == 1);
        assertThat(resultNames()).containsExactly("Infant and Early Childhood Mental Health Graduate Certificate");
        wait(page).until(d -> d.findElement(By.cssSelector(".result .badges")).getText().contains("checked 3 days ago"));
        browser.screenshot("search-filtered");

        page.findElement(By.cssSelector(".result h3 a")).click();
        awaitText(By.id("detail-name"), "Graduate Certificate");
        assertThat(page.findElement(By.id("detail-facts")).getText()).contains("Graduate certificate", "20 credits");
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("detail-name");
        browser.screenshot("detail");

        page.findElement(By.id("back")).click();
        wait(page).until(d -> !resultNames().isEmpty());
    }

    @Test
    void aCuratorConfirmsOneFlaggedListingAndRetiresAnotherAndSearchShowsIt() throws Exception {
        WebDriver page = browser.driver();
        page.get(api.base().resolve("/review").toString());
        page.findElement(By.id("token")).sendKeys(ApiServer.CURATOR_TOKEN, Keys.ENTER);
        awaitText(By.id("queue-status"), "2 listings to review");
        List<WebElement> items = page.findElements(By.cssSelector(".queue-item"));
        assertThat(items.get(0).getAttribute("data-id")).isEqualTo("flag-gone");
        assertThat(items.get(0).getText()).contains("Source gone", "page gone");
        browser.screenshot("review-queue");

        decide(page, "flag-stale", "CONFIRM");
        decide(page, "flag-gone", "RETIRE");

        List<CurationDecision> decisions = SimulatedIndexer.applyDecisions(bootstrap, index, List.of("flag-stale", "flag-gone"));
        assertThat(decisions).extracting(CurationDecision::programId, CurationDecision::action).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("flag-stale", CurationAction.CONFIRM),
                org.assertj.core.groups.Tuple.tuple("flag-gone", CurationAction.RETIRE));
        assertThat(decisions).allMatch(d -> d.curator().startsWith("curator-"));

        page.findElement(By.id("refresh")).click();
        awaitText(By.id("queue-status"), "Nothing to review");

        page.get(api.base().resolve("/?q=" + java.net.URLEncoder.encode("infant mental health", "UTF-8")).toString());
        awaitText(By.id("summary"), "program");
        assertThat(resultNames()).contains("Infant Mental Health Practitioner Credential")
                .doesNotContain("Montclair Infant Mental Health Certificate");
        WebElement confirmed = page.findElement(By.cssSelector(".result[data-id='flag-stale'] .badges"));
        assertThat(confirmed.getText()).doesNotContain("may be out of date");

        page.findElement(By.cssSelector("input[name='freshness'][value='RETIRED']")).click();
        wait(page).until(d -> resultNames().contains("Montclair Infant Mental Health Certificate"));
        assertThat(page.findElement(By.cssSelector(".result[data-id='flag-gone'] .badges")).getText()).contains("retired");
    }

    @Test
    void bidirectionalControlsFromCrawledTextAreNotShown() {
        WebDriver page = browser.driver();
        page.get(api.base().resolve("/?q=zebrafinch").toString());
        awaitText(By.id("summary"), "1 program");
        page.findElement(By.cssSelector(".result h3 a")).click();
        awaitText(By.id("detail-name"), "Zebrafinch");

        String shown = (String) ((JavascriptExecutor) page).executeScript(
                "return document.getElementById('results').textContent + '|' + document.getElementById('detail-name').textContent"
                        + " + '|' + document.getElementById('detail-description').textContent");
        assertThat(shown).contains("Zebrafinch evitcelfer Practice Seminar", "Fee $310 per term, see the brochure.")
                .doesNotContainPattern("[\u202A-\u202E\u2066-\u2069]");
    }

    @Test
    void thePageFitsAPhoneAndEveryControlHasALabel() throws Exception {
        WebDriver page = browser.driver();
        page.manage().window().setSize(new Dimension(390, 844));
        try {
            page.get(api.base().resolve("/?q=endorsement").toString());
            awaitText(By.id("summary"), "program");
            JavascriptExecutor js = (JavascriptExecutor) page;
            Long overflow = (Long) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            Long unlabelled = (Long) js.executeScript("return Array.from(document.querySelectorAll('input, select, textarea'))"
                    + ".filter(e => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label')).length;");
            assertThat(unlabelled).isZero();
            browser.screenshot("phone-search");
        } finally {
            page.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static void decide(WebDriver page, String id, String action) {
        WebElement item = page.findElement(By.cssSelector(".queue-item[data-id='" + id + "']"));
        item.findElement(By.tagName("textarea")).sendKeys("checked by a browser test");
        item.findElement(By.cssSelector("button[data-action='" + action + "']")).click();
        wait(page).until(d -> item.findElement(By.className("outcome")).getText().startsWith("Recorded"));
    }

    /** The names listed now, read in one step (the list may be re-rendered between two element lookups). */
    @SuppressWarnings("unchecked")
    private static List<String> resultNames() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('.result h3')).map(h => h.textContent);");
    }

    /** Until the page's latest search has been answered (its facets are the ones to click). */
    private static void awaitIdle(WebDriver page) {
        wait(page).until(d -> "false".equals(d.findElement(By.id("results")).getAttribute("aria-busy")));
    }

    private static void awaitText(By locator, String text) {
        wait(browser.driver()).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    private static WebDriverWait wait(WebDriver page) {
        return new WebDriverWait(page, Duration.ofSeconds(20));
    }
}
