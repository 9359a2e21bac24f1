package org.imhfinder.searchapi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** "What can I apply for?" in a real headless Chromium: the form, its answer, its checks, a shared question. */
@ExtendWith(ImhStackExtension.class)
class EligibilityPageIT {
    private static final Instant SEEN = Instant.now().minus(1, ChronoUnit.DAYS);
    private static ApiServer api;
    private static Browser browser;
    private static PageChecks checks;

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        browser = Browser.start();
        checks = new PageChecks(browser);
        stack.reset();
        List<ObjectNode> documents = new ArrayList<>();
        for (ProgramListing listing : EligibilityCorpus.all()) {
            documents.add(Documents.of(listing, SEEN));
        }
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
    void anApplicantFillsTheFormAndSeesWhatTheyCanApplyForAndWhatIsMissing() throws Exception {
        WebDriver page = browser.driver();
        page.get(api.base().resolve("/eligibility").toString());
        checks.waiting().until(d -> new Select(d.findElement(By.id("education"))).getOptions().size() > 1);
        checks.looked("eligibility-form");

        new Select(page.findElement(By.id("education"))).selectByVisibleText("Master's degree");
        type("yearsExperience", "2");
        type("trainingHours", "30");
        type("reflectiveSupervisionHours", "24");
        new Select(page.findElement(By.id("region"))).selectByVisibleText("Michigan");
        page.findElement(By.cssSelector("#eligibility-form button[type=submit]")).click();

        checks.awaitText(By.id("answer-summary"), "You can apply now for 2 programs; 2 more ask");
        assertThat(page.getCurrentUrl()).contains("education=MASTERS", "reflectiveSupervisionHours=24", "region=MI",
                "credential=ENDORSEMENT");
        assertThat(ids("meets_all")).containsExactly("gl-ifs", "gl-ifa");
        assertThat(ids("missing")).containsExactly("gl-imhs", "gl-imhm");
        WebElement specialist = page.findElement(By.cssSelector(".answer[data-id='gl-imhs']"));
        assertThat(specialist.findElement(By.cssSelector(".req.not_met")).getText())
                .endsWith("Reflective supervision: 24 of 50 hours (26 to go)");
        assertThat(specialist.getText()).contains("Education: Master's degree or more, you have Master's degree");
        assertThat(specialist.findElement(By.cssSelector("a.external")).getAttribute("href"))
                .isEqualTo("https://greatlakes-aimh.example.org/programs/gl-imhs/");
        assertThat(specialist.findElement(By.cssSelector("h4 a")).getAttribute("href")).endsWith("/?id=gl-imhs");
        assertThat(page.findElement(By.cssSelector(".answer[data-id='gl-ifa']")).getText())
                .contains("Work experience: not stated", "Education: none required");
        checks.looked("eligibility-answer");

        browser.phone(true);
        checks.fitsAndLabelled();
        checks.looked("phone-eligibility-answer");
    }

    @Test
    void theFormSaysWhatIsWrongNextToTheFieldBeforeAsking() throws Exception {
        WebDriver page = browser.driver();
        page.get(api.base().resolve("/eligibility").toString());
        checks.waiting().until(d -> new Select(d.findElement(By.id("education"))).getOptions().size() > 1);
        type("yearsExperience", "-3");
        type("trainingHours", "12.5");
        page.findElement(By.cssSelector("#eligibility-form button[type=submit]")).click();

        assertThat(page.findElement(By.id("education-error")).getText()).startsWith("Choose your highest education");
        assertThat(page.findElement(By.id("yearsExperience-error")).getText()).isEqualTo("Enter a number from 0 to 60.");
        assertThat(page.findElement(By.id("trainingHours-error")).getText()).isEqualTo("Enter a number from 0 to 20000, whole hours.");
        assertThat(page.findElement(By.id("yearsExperience")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("education");
        assertThat(page.findElement(By.id("answer")).isDisplayed()).isFalse();
        assertThat(page.getCurrentUrl()).endsWith("/eligibility");
        checks.looked("eligibility-errors");
    }

    @Test
    void aSharedQuestionIsAnsweredWhenOpenedAndCoversEveryKindOfProgramWhenItSaysNoKind() throws Exception {
        WebDriver page = browser.driver();
        browser.phone(true);
        page.get(api.base().resolve("/eligibility?education=DOCTORAL&yearsExperience=10&trainingHours=200"
                + "&reflectiveSupervisionHours=100").toString());
        checks.awaitText(By.id("answer-summary"), "You can apply now for");
        assertThat(new Select(page.findElement(By.id("education"))).getFirstSelectedOption().getText()).isEqualTo("Doctorate");
        assertThat(new Select(page.findElement(By.id("credential"))).getFirstSelectedOption().getText())
                .isEqualTo("Every kind of program");
        assertThat(ids("nothing_stated")).containsExactly("ln-cert");
        assertThat(page.findElement(By.cssSelector("[data-outcome='NOTHING_STATED'] h3")).getText())
                .isEqualTo("Programs that do not state their requirements (1)");
        checks.fitsAndLabelled();
        checks.looked("phone-eligibility-shared");
    }

    private static void type(String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static List<String> ids(String outcome) {
        return checks.js("return Array.from(document.querySelectorAll('.answer." + outcome + "')).map(a => a.dataset.id);");
    }
}
