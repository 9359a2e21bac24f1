package org.imhfinder.searchapi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests check on every page and state: a screenshot for a person, axe-core's 0 violations, no overflow on a phone. */
public final class PageChecks {
    private final Browser browser;

    public PageChecks(Browser browser) {
        this.browser = browser;
    }

    public WebDriver page() {
        return browser.driver();
    }

    /** Screenshot under {@code name}, then axe-core on the page as it stands: no violation. */
    public void looked(String name) throws IOException {
        browser.screenshot(name);
        List<Axe.Violation> violations = Axe.check(page(), name);
        assertThat(violations).as("axe-core on " + name).isEmpty();
    }

    /** The page is no wider than the window (nothing to scroll sideways) and every control has a label. */
    public void fitsAndLabelled() {
        JavascriptExecutor js = (JavascriptExecutor) page();
        Long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = js.executeScript("const w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-scroll, .visually-hidden'))"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
        assertThat(overflow).as("horizontal overflow, wider than the window: " + wide).isLessThanOrEqualTo(0L);
        Long unlabelled = (Long) js.executeScript("return Array.from(document.querySelectorAll('input, select, textarea'))"
                + ".filter(e => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label')).length;");
        assertThat(unlabelled).as("controls without a label").isZero();
    }

    public void awaitText(By locator, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(page(), Duration.ofSeconds(20));
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) page()).executeScript(script, args);
    }
}
