package org.imhfinder.searchapi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.Browser;
import org.imhfinder.searchapi.testing.Documents;
import org.imhfinder.searchapi.testing.EligibilityCorpus;
import org.imhfinder.searchapi.testing.Listings;
import org.imhfinder.searchapi.testing.PageChecks;
import org.imhfinder.searchapi.testing.TestIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The pages for people in a real headless Chromium, desktop and phone: searching, filtering,
 * reading a program with where each value came from, comparing programs, browsing by state. Each
 * state is screenshot (target/screenshots) and checked by axe-core (0 violations).
 */
@ExtendWith(ImhStackExtension.class)
class PagesBrowserIT {
    private static final Instant SEEN = Instant.now().minus(3, ChronoUnit.DAYS);
    private static ApiServer api;
    private static Browser browser;
    private static PageChecks checks;

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        browser = Browser.start();
        checks = new PageChecks(browser);
        stack.reset();
        List<ObjectNode> documents = new ArrayList<>();
        for (ProgramListing listing : Listings.all("")) {
            documents.add(Documents.of(listing, SEEN));
        }
        for (ProgramListing listing : EligibilityCorpus.all()) {
            documents.add(Documents.of(listing, SEEN));
        }
        documents.add(Documents.of(Listings.base("bidi-1", "spoof", "Zebrafinch \u202Eevitcelfer\u202C Practice Seminar")
                .description("Fee \u2067$310\u2069 \u202Dper term\u202C, see \u202Bthe brochure\u202A.").build(), SEEN));
        try (TestIndex index = new TestIndex(stack)) {
            index.put(documents);
        }
        api = ApiServer.start(stack, Map.of("IMH_SOURCES", EligibilityCorpus.sourcesFile().toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @AfterEach
    void desktopAgain() {
        browser.phone(false);
    }

    @Test
    void aPersonSearchesFiltersWithWordsAndOpensAListing() throws Exception {
        WebDriver page = browser.driver();
        page.get(url("/"));
        awaitIdle();
        checks.looked("search-start");
        page.findElement(By.id("q")).sendKeys("certificate", Keys.ENTER);
        awaitIdle();
        checks.awaitText(By.id("summary"), "program");
        assertThat(resultNames()).anyMatch(n -> n.contains("Graduate Certificate"));
        assertThat(page.findElement(By.id("facet-credential")).getText()).contains("Graduate certificate", "Post-graduate certificate");
        assertThat(page.findElement(By.id("facets")).getText()).doesNotContain("GRADUATE_CERTIFICATE", "umn (", "lumen-network")
                .contains("Lumen Network for Early Relational Health (1)");

        page.findElement(By.cssSelector("input[name='delivery'][value='ONLINE']")).click();
        checks.waiting().until(d -> d.getCurrentUrl().contains("delivery=ONLINE"));
        checks.waiting().until(d -> resultNames().size() == 3);
        assertThat(resultNames()).contains("Infant and Early Childhood Mental Health Graduate Certificate");
        WebElement umn = page.findElement(By.cssSelector(".result[data-id='umn-cert']"));
        checks.waiting().until(d -> umn.findElement(By.className("badges")).getText().contains("checked 3 days ago"));
        assertThat(umn.findElement(By.className("meta")).getText()).contains("Graduate certificate", "Online", "Minnesota",
                "Deadline passed (");
        assertThat(umn.findElement(By.cssSelector("a.external")).getAttribute("href")).isEqualTo("https://umn.example.org/umn-cert");
        checks.looked("search-filtered");

        umn.findElement(By.cssSelector("h3 a")).click();
        checks.awaitText(By.id("detail-name"), "Graduate Certificate");
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("detail-name");
        String facts = page.findElement(By.id("detail-facts")).getText();
        assertThat(facts).contains("Graduate certificate", "20 credits", "Bachelor's degree", "Not stated on its page");
        assertThat(page.findElement(By.cssSelector("#detail-actions a.button")).getText()).isEqualTo("Visit the program\u2019s page");
        checks.looked("detail");

        page.findElement(By.id("back")).click();
        checks.waiting().until(d -> !resultNames().isEmpty());
    }

    @Test
    void eachValueSaysWhereItCameFromInWordsWithTheDocumentLinked() throws Exception {
        WebDriver page = browser.driver();
        page.get(url("/?id=gl-imhm"));
        checks.awaitText(By.id("detail-name"), "Mentor");

        WebElement training = page.findElement(By.cssSelector("#detail-facts dd[data-field='trainingHours']"));
        assertThat(training.getText()).matches("30 hours \u2014 from the IMHM Requirements PDF, checked \\d{1,2} [A-Z][a-z]{2} \\d{4}");
        assertThat(training.findElement(By.tagName("a")).getAttribute("href")).endsWith("/IMHM-Requirements.pdf");
        assertThat(page.findElement(By.cssSelector("#detail-facts dd[data-field='minimumEducation']")).getText())
                .startsWith("Master's degree \u2014 from the program page, checked");
        assertThat(page.findElement(By.cssSelector("#detail-facts dd[data-field='location']")).getText())
                .contains("Michigan \u2014 from the directory\u2019s record of Great Lakes Association for Infant Mental Health");
        WebElement years = page.findElement(By.cssSelector("#detail-facts dd[data-field='yearsExperience']"));
        assertThat(years.getText()).startsWith("3 years \u2014 from its summary on mi-directory.example.org, checked");
        assertThat(years.findElement(By.tagName("a")).getAttribute("href")).isEqualTo("https://mi-directory.example.org/endorsement/");
        assertThat(page.findElement(By.id("detail-sources")).getText()).contains("The program\u2019s page",
                "The IMHM Requirements PDF", "The Endorsement Handbook PDF", "Also described on mi-directory.example.org");
        checks.looked("detail-provenance");
    }

    @Test
    void anEmptySearchSaysWhatToTryAndSuggestionsAreWholeNames() throws Exception {
        WebDriver page = browser.driver();
        page.get(url("/?q=" + URLEncoder.encode("xylophone therapy", StandardCharsets.UTF_8) + "&region=MI"));
        checks.awaitText(By.id("summary"), "No programs found");
        String empty = page.findElement(By.id("empty")).getText();
        assertThat(empty).contains("No program matches \u201cxylophone therapy\u201d with 1 filter chosen", "spelling",
                "fewer or broader words", "Clear the filters");
        checks.looked("search-empty");

        page.findElement(By.id("empty-clear")).click();
        checks.waiting().until(d -> !d.getCurrentUrl().contains("region="));

        page.get(url("/"));
        awaitIdle();
        page.findElement(By.id("q")).sendKeys("infant mental health spec");
        checks.waiting().until(d -> !suggestions().isEmpty());
        // 57 characters: the completion field alone would give its first 50
        assertThat(suggestions()).contains("Infant Mental Health Specialist Endorsement (Category III)");
    }

    @Test
    void onAPhoneTheFiltersAreAPanelThatSaysWhetherItIsOpenAndEndsWithShowNPrograms() throws Exception {
        WebDriver page = browser.driver();
        browser.phone(true);
        page.get(url("/?q=endorsement"));
        checks.awaitText(By.id("summary"), "program");
        WebElement toggle = page.findElement(By.id("filters-toggle"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getText()).startsWith("Show filters");
        assertThat(page.findElement(By.id("filters-panel")).isDisplayed()).isFalse();
        assertThat(resultsTop()).as("results right below the search, not under the filters").isLessThan(844);
        checks.fitsAndLabelled();
        checks.looked("phone-search");

        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getText()).startsWith("Hide filters");
        assertThat(page.findElements(By.cssSelector("#facet-region input[type=checkbox]")).size()).isLessThanOrEqualTo(8);
        page.findElement(By.cssSelector("input[name='region'][value='MI']")).click();
        checks.waiting().until(d -> d.getCurrentUrl().contains("region=MI"));
        checks.waiting().until(d -> d.findElement(By.id("filters-toggle")).getText().equals("Hide filters (1 chosen)"));
        assertThat(page.findElement(By.id("show-results")).getText()).matches("Show \\d+ programs?");
        checks.fitsAndLabelled();
        checks.looked("phone-filters-open");

        WebElement show = page.findElement(By.id("show-results"));
        String count = show.getText().replaceAll("\\D", "");
        show.click();
        assertThat(page.findElement(By.id("filters-panel")).isDisplayed()).isFalse();
        assertThat(page.findElement(By.id("filters-toggle")).getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(page.findElement(By.id("summary")).getText()).startsWith(count + " program");
        checks.looked("phone-filters-closed");
    }

    @Test
    void twoProgramsChosenInTheResultsAreComparedSideBySideAtAnAddressThatCanBeShared() throws Exception {
        WebDriver page = browser.driver();
        page.get(url("/?q=specialist&region=MI"));
        checks.awaitText(By.id("summary"), "program");
        page.findElement(By.cssSelector(".result[data-id='gl-imhs'] .choose input")).click();
        page.findElement(By.cssSelector(".result[data-id='gl-ifs'] .choose input")).click();
        checks.waiting().until(d -> d.findElement(By.id("nav-compare")).getText().equals("Compare (2)"));

        page.findElement(By.id("nav-compare")).click();
        checks.waiting().until(d -> d.getCurrentUrl().contains("/compare?ids=gl-imhs,gl-ifs"));
        checks.awaitText(By.id("compare-status"), "2 programs side by side");
        String table = page.findElement(By.id("compare-table")).getText();
        assertThat(table).contains("Reflective supervision hours", "50 hours", "24 hours", "Master's degree", "Bachelor's degree",
                "Visit the program\u2019s page", "How current");
        checks.looked("compare");

        String shared = page.getCurrentUrl();
        page.get(url("/compare")); // a new visitor with the link sees the same
        page.get(shared);
        checks.awaitText(By.id("compare-status"), "2 programs side by side");
        browser.phone(true);
        checks.fitsAndLabelled();
        checks.looked("phone-compare");
        browser.phone(false);

        page.findElement(By.cssSelector("thead th[data-id='gl-ifs'] button")).click();
        checks.awaitText(By.id("compare-status"), "1 program side by side");
        assertThat(page.getCurrentUrl()).endsWith("/compare?ids=gl-imhs");
    }

    @Test
    void browsingByStateListsEveryStateAndWhatIsHeldThere() throws Exception {
        WebDriver page = browser.driver();
        page.get(url("/"));
        awaitIdle();
        page.findElement(By.linkText("Browse by state")).click();
        checks.awaitText(By.id("states-status"), "states and districts have programs listed");
        assertThat(page.findElements(By.cssSelector("#states > li"))).hasSize(51);
        String michigan = page.findElement(By.cssSelector("#states li[data-region='MI']")).getText();
        assertThat(michigan).contains("Michigan", "IMH Endorsement: 6 levels", "Infant Family Associate Endorsement (Category I)",
                "Infant Mental Health Mentor Endorsement (Category IV)", "all checked recently");
        assertThat(page.findElement(By.cssSelector("#states li[data-region='WY']")).getText()).contains("Wyoming", "Nothing listed yet");
        assertThat(page.findElement(By.cssSelector("#states li[data-region='DC']")).getText()).contains("District of Columbia");
        assertThat(page.findElement(By.id("states-online")).getText()).contains("online");
        checks.looked("states");
        browser.phone(true);
        checks.fitsAndLabelled();
        checks.looked("phone-states");
        browser.phone(false);

        page.findElement(By.cssSelector("#states li[data-region='KY'] h2 a")).click();
        checks.waiting().until(d -> d.getCurrentUrl().contains("region=KY"));
        checks.waiting().until(d -> resultNames().size() == 4);
    }

    @Test
    void everyPageSaysWhatTheDirectoryIsAndWhereItsDataComesFrom() {
        WebDriver page = browser.driver();
        for (String path : List.of("/", "/eligibility", "/compare", "/states", "/review")) {
            page.get(url(path));
            checks.awaitText(By.id("about-figures"), "providers");
            String about = page.findElement(By.id("about")).getText();
            assertThat(about).as(path).contains("About this directory", "Endorsement", "It lists", "from 13 providers",
                    "(IMH associations, non-profits, universities)", "website is read every 7 days or every 14 days");
            assertThat(page.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
        }
    }

    @Test
    void bidirectionalControlsFromCrawledTextAreNotShown() {
        WebDriver page = browser.driver();
        page.get(url("/?q=zebrafinch"));
        checks.awaitText(By.id("summary"), "1 program");
        page.findElement(By.cssSelector(".result h3 a")).click();
        checks.awaitText(By.id("detail-name"), "Zebrafinch");

        String shown = checks.js("return document.getElementById('results').textContent + '|' + "
                + "document.getElementById('detail-name').textContent + '|' + document.getElementById('detail-description').textContent");
        assertThat(shown).contains("Zebrafinch evitcelfer Practice Seminar", "Fee $310 per term, see the brochure.")
                .doesNotContainPattern("[\u202A-\u202E\u2066-\u2069]");
    }

    private static String url(String path) {
        return api.base().resolve(path).toString();
    }

    /** The names listed now, read in one step (the list may be re-rendered between two element lookups). */
    private static List<String> resultNames() {
        return checks.js("return Array.from(document.querySelectorAll('.result h3')).map(h => h.textContent);");
    }

    private static List<String> suggestions() {
        return checks.js("return Array.from(document.querySelectorAll('#suggestions option')).map(o => o.value);");
    }

    private static long resultsTop() {
        return checks.<Number>js("return Math.round(document.getElementById('results-section').getBoundingClientRect().top);").longValue();
    }

    /** Until the page's latest search has been answered (its facets are the ones to click). */
    private static void awaitIdle() {
        checks.waiting().until(d -> "false".equals(d.findElement(By.id("results")).getAttribute("aria-busy")));
    }
}
