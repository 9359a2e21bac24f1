package org.imhfinder.searchapi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ReviewReason;
import org.imhfinder.schema.Topics;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.Browser;
import org.imhfinder.searchapi.testing.Documents;
import org.imhfinder.searchapi.testing.Listings;
import org.imhfinder.searchapi.testing.PageChecks;
import org.imhfinder.searchapi.testing.SimulatedIndexer;
import org.imhfinder.searchapi.testing.TestIndex;
import org.imhfinder.searchapi.testing.TopicReader;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The curators' page in a real headless Chromium: what changed shown as old and new, the deadline
 * behind "deadline passed", a correction as a typed form checked before it is sent, and a decision
 * that leaves the queue at once, with Undo until it is sent. Tests run in order: each decides about
 * its own listings, and the first counts the queue.
 */
@ExtendWith(ImhStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewPageIT {
    private static final LocalDate PASSED = LocalDate.now().minusDays(20);
    private static ApiServer api;
    private static Browser browser;
    private static PageChecks checks;
    private static TestIndex index;
    private static String bootstrap;

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        browser = Browser.start();
        checks = new PageChecks(browser);
        stack.reset();
        bootstrap = stack.kafkaBootstrap();
        index = new TestIndex(stack);
        Instant old = Instant.now().minus(100, ChronoUnit.DAYS);
        Instant recent = Instant.now().minus(2, ChronoUnit.DAYS);
        ObjectNode changed = Documents.withChange(Documents.flagged(Listings.base("flag-changed", "greatlakes-aimh",
                "Infant Family Specialist Endorsement (Category II)").trainingHours(30).minimumEducation(Education.BACHELORS)
                .build(), recent, FreshnessStatus.FRESH, 50, List.of(ReviewReason.CONTENT_CHANGED), List.of()),
                "trainingHours", 30, 33);
        index.put(List.of(
                Documents.withConflict(Documents.withChange(changed, "minimumEducation", "BACHELORS", "MASTERS"),
                        "trainingHours", "https://greatlakes-aimh.example.org/endorsement/levels/", "36"),
                Documents.flagged(Listings.base("flag-deadline", "coaimh", "Child-Parent Psychotherapy Learning Collaborative")
                        .applicationDeadline(PASSED).build(), recent, FreshnessStatus.FRESH, 30,
                        List.of(ReviewReason.DEADLINE_PASSED), List.of()),
                Documents.flagged(Listings.base("flag-stale", "ohio", "Infant Mental Health Practitioner Credential")
                        .description("Ohio's state credential for infant mental health practitioners.").build(), old,
                        FreshnessStatus.STALE, 10, List.of(ReviewReason.NOT_SEEN), List.of()),
                Documents.flagged(Listings.base("flag-gone", "montclair", "Montclair Infant Mental Health Certificate")
                        .description("Admissions suspended.").build(), old, FreshnessStatus.GONE, 60,
                        List.of(ReviewReason.SOURCE_GONE), List.of())));
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

    @AfterEach
    void desktopAgain() {
        browser.phone(false);
    }

    @Test
    @Order(1)
    void theQueueShowsWhatChangedAsOldAndNewAndTheDeadlineThatPassed() throws Exception {
        WebDriver page = open();
        checks.looked("review-token");
        assertThat(page.findElement(By.id("token-hint")).getText()).contains("IMH_CURATOR_TOKENS", "./imh up");
        page.findElement(By.id("token")).sendKeys(ApiServer.CURATOR_TOKEN, Keys.ENTER);
        checks.awaitText(By.id("queue-status"), "4 listings to review");

        List<WebElement> items = page.findElements(By.cssSelector(".queue-item"));
        assertThat(items).extracting(i -> i.getAttribute("data-id"))
                .containsExactly("flag-gone", "flag-changed", "flag-deadline", "flag-stale");
        assertThat(items.get(0).getText()).contains("Its page is gone", "page gone");
        WebElement changes = item("flag-changed").findElement(By.className("changes"));
        assertThat(changes.findElement(By.cssSelector("li[data-field='trainingHours']")).getText())
                .isEqualTo("Training hours: 30 \u2192 33");
        assertThat(changes.findElement(By.cssSelector("li[data-field='minimumEducation']")).getText())
                .isEqualTo("Minimum education: Bachelor's degree \u2192 Master's degree");
        WebElement disagreement = item("flag-changed").findElement(By.cssSelector(".conflicts li[data-field='trainingHours']"));
        assertThat(disagreement.getText())
                .isEqualTo("Training hours: its own page says 33; greatlakes-aimh.example.org says 36");
        assertThat(disagreement.findElement(By.tagName("a")).getAttribute("href"))
                .isEqualTo("https://greatlakes-aimh.example.org/endorsement/levels/");
        assertThat(item("flag-deadline").findElement(By.className("deadline")).getText())
                .isEqualTo("The application deadline, " + peopleDate(PASSED) + ", has passed: is there a new one?");
        checks.looked("review-queue");

        browser.phone(true);
        checks.fitsAndLabelled();
        checks.looked("phone-review-queue");
    }

    @Test
    @Order(2)
    void aCorrectionIsATypedFormCheckedBeforeItIsSentAndTheListingLeavesTheQueueAtOnce() throws Exception {
        WebDriver page = open();
        WebElement changed = item("flag-changed");
        changed.findElement(By.cssSelector("details.override summary")).click();
        Select field = new Select(changed.findElement(By.cssSelector("select[name='field']")));
        assertThat(field.getFirstSelectedOption().getText()).isEqualTo("Minimum education (changed)");
        assertThat(field.getOptions()).extracting(WebElement::getText).contains("Training hours (changed)", "Application deadline",
                "Delivery", "Location");

        field.selectByVisibleText("Training hours (changed)");
        WebElement hours = changed.findElement(By.cssSelector(".typed input"));
        assertThat(hours.getAttribute("type")).isEqualTo("number");
        assertThat(hours.getAttribute("max")).isEqualTo("5000");
        assertThat(hours.getAttribute("value")).isEqualTo("33");
        hours.clear();
        hours.sendKeys("99999");
        changed.findElement(By.tagName("textarea")).sendKeys("checked with the provider by phone");
        changed.findElement(By.cssSelector("button[data-action='OVERRIDE']")).click();
        assertThat(changed.findElement(By.className("outcome")).getText()).isEqualTo("Training hours must be a whole number from 0 to 5000.");
        assertThat(page.findElements(By.cssSelector(".notice"))).isEmpty();

        field.selectByVisibleText("Application deadline");
        assertThat(changed.findElement(By.cssSelector(".typed input")).getAttribute("type")).isEqualTo("date");
        field.selectByVisibleText("Delivery");
        Select delivery = new Select(changed.findElement(By.cssSelector(".typed select")));
        assertThat(delivery.getOptions()).extracting(WebElement::getText)
                .containsExactly("Not stated", "In person", "Online", "Hybrid (online and in person)");
        field.selectByVisibleText("Training hours (changed)");
        WebElement again = changed.findElement(By.cssSelector(".typed input"));
        again.clear();
        again.sendKeys("33");
        checks.looked("review-override-form");

        changed.findElement(By.cssSelector("button[data-action='OVERRIDE']")).click();
        assertThat(page.findElements(By.cssSelector(".queue-item[data-id='flag-changed']"))).isEmpty();
        assertThat(page.findElement(By.id("queue-status")).getText()).isEqualTo("3 listings to review");
        assertThat(page.findElement(By.cssSelector("#decided .notice")).getText())
                .startsWith("Corrected: \u201cInfant Family Specialist Endorsement (Category II)\u201d. Sending in 5 seconds.");
        checks.looked("review-decided-undo");
        checks.awaitText(By.cssSelector("#decided .notice"), "Recorded");

        CurationDecision decision = decisionsAbout("flag-changed").get(0);
        assertThat(decision.action()).isEqualTo(CurationAction.OVERRIDE);
        assertThat(Json.mapper().valueToTree(decision.fields()).toString()).isEqualTo("{\"trainingHours\":33}");
        assertThat(decision.note()).isEqualTo("checked with the provider by phone");
    }

    @Test
    @Order(3)
    void undoBringsTheListingBackAndNothingIsSent() throws Exception {
        WebDriver page = open();
        item("flag-deadline").findElement(By.cssSelector("button[data-action='CONFIRM']")).click();
        assertThat(page.findElements(By.cssSelector(".queue-item[data-id='flag-deadline']"))).isEmpty();
        WebElement undo = page.findElement(By.cssSelector("#decided .notice button"));
        assertThat(page.switchTo().activeElement()).isEqualTo(undo);

        undo.click();
        assertThat(page.findElements(By.cssSelector(".queue-item[data-id='flag-deadline']"))).hasSize(1);
        assertThat(page.findElements(By.cssSelector("#decided .notice"))).isEmpty();
        await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(10))
                .until(() -> decisionsAbout("flag-deadline").isEmpty());
    }

    @Test
    @Order(4)
    void aCuratorConfirmsOneFlaggedListingAndRetiresAnotherAndSearchShowsIt() throws Exception {
        WebDriver page = open();
        decide("flag-stale", "CONFIRM");
        decide("flag-gone", "RETIRE");
        checks.waiting().until(d -> d.findElements(By.cssSelector("#decided .recorded")).size() == 2);

        List<CurationDecision> decisions = SimulatedIndexer.applyDecisions(bootstrap, index, List.of("flag-stale", "flag-gone"));
        assertThat(decisions).extracting(CurationDecision::programId, CurationDecision::action).containsExactlyInAnyOrder(
                Tuple.tuple("flag-stale", CurationAction.CONFIRM), Tuple.tuple("flag-gone", CurationAction.RETIRE));
        assertThat(decisions).allMatch(d -> d.curator().startsWith("curator-"));

        page.get(api.base().resolve("/?q=" + java.net.URLEncoder.encode("infant mental health", "UTF-8")).toString());
        checks.awaitText(By.id("summary"), "program");
        List<String> names = checks.js("return Array.from(document.querySelectorAll('.result h3')).map(h => h.textContent);");
        assertThat(names).contains("Infant Mental Health Practitioner Credential")
                .doesNotContain("Montclair Infant Mental Health Certificate");
        assertThat(page.findElement(By.cssSelector(".result[data-id='flag-stale'] .badges")).getText())
                .doesNotContain("may be out of date");

        page.findElement(By.cssSelector("input[name='freshness'][value='RETIRED']")).click();
        checks.waiting().until(d -> d.findElements(By.cssSelector(".result[data-id='flag-gone']")).size() == 1);
        assertThat(page.findElement(By.cssSelector(".result[data-id='flag-gone'] .badges")).getText()).contains("retired");
    }

    private static WebDriver open() {
        WebDriver page = browser.driver();
        page.get(api.base().resolve("/review").toString());
        if (page.findElement(By.id("token-form")).isDisplayed()
                && !"true".equals(checks.js("return String(!!sessionStorage.getItem('imh.curatorToken'));"))) {
            return page; // the first test types the token
        }
        checks.awaitText(By.id("queue-status"), "to review");
        return page;
    }

    private static void decide(String id, String action) {
        WebElement item = item(id);
        item.findElement(By.tagName("textarea")).sendKeys("checked by a browser test");
        item.findElement(By.cssSelector("button[data-action='" + action + "']")).click();
        checks.waiting().until(d -> d.findElements(By.cssSelector(".queue-item[data-id='" + id + "']")).isEmpty());
    }

    private static WebElement item(String id) {
        return browser.driver().findElement(By.cssSelector(".queue-item[data-id='" + id + "']"));
    }

    private static List<CurationDecision> decisionsAbout(String id) {
        return TopicReader.all(bootstrap, Topics.CURATION).stream().map(r -> Json.read(r.value(), CurationDecision.class))
                .filter(d -> d.programId().equals(id)).toList();
    }

    /** The date as the browser writes it for people ("5 Dec 2026"): the page's own formatter, asked directly. */
    private static String peopleDate(LocalDate date) {
        return checks.js("return new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', year: 'numeric',"
                + " timeZone: 'UTC'}).format(new Date(arguments[0] + 'T00:00:00Z'));", date.toString());
    }
}
