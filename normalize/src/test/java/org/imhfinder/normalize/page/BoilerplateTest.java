package org.imhfinder.normalize.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.normalize.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateTest {
    @Test
    void aWordPressPageKeepsItsArticleAndLosesNavigationSidebarBannerAndFooter() {
        Page page = Fixtures.page("wordpress-page-with-sidebar-and-cookie-banner.html");
        String text = page.document().body().text();

        assertThat(page.headingText()).isEqualTo("Infant Family Specialist Endorsement");
        assertThat(text).contains("Bachelor", "30 clock hours")
                .doesNotContain("We use cookies", "Skip to content", "Upcoming Trainings", "Lansing", "Home » IFS");
    }

    @Test
    void aWixPageLosesItsTopOfPageAnchorsHeaderAndFooterButKeepsItsAccordion() {
        Page page = Fixtures.page("wix-page-with-top-of-page-anchors.html");
        String text = page.document().body().text();

        assertThat(page.headingText()).isEqualTo("Infant Mental Health Specialist (IMHS)");
        assertThat(text).contains("Education", "Master").doesNotContain("top of page", "bottom of page", "Wix.com");
    }

    @Test
    void anAspNetPageWrappedInOneFormKeepsItsContent() {
        Page page = Fixtures.page("aspnet-page-inside-one-form.html");
        String text = page.document().body().text();

        assertThat(text).contains("40 hours of infant mental health training").doesNotContain("Log In", "Columbus");
    }

    @Test
    void anElementNamedNotFooterIsKept() {
        Page page = Fixtures.page("weebly-content-named-not-footer.html");
        String text = page.document().body().text();

        assertThat(text).contains("30 clock hours").doesNotContain("Pennsylvania Association", "Home");
    }

    @Test
    void aLayoutWhoseModifierNamesItsSidebarKeepsItsContent() {
        Page page = Fixtures.page("content-in-a-layout-with-a-sidebar-modifier.html");
        String text = page.document().body().text();

        assertThat(text).contains("two-year sequence of seminars")
                .doesNotContain("Apply", "Home", "2023-03-14", "opens a new window", "Skip to navigation", "We use cookies");
    }

    @Test
    void structuredDataIsReadBeforeScriptsAreStripped() {
        Page page = Fixtures.page("wordpress-page-with-sidebar-and-cookie-banner.html");

        assertThat(page.structured()).extracting(i -> i.types().iterator().next()).contains("WebPage", "Organization");
        assertThat(page.hasStructuredProgram()).isFalse();
        assertThat(page.document().select("script, style")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is a stamp: {1}")
    @CsvSource(delimiter = '|', value = {
            "Last updated: January 5, 2026 | true",
            "Page last updated 01/05/2026 | true",
            "Page updated: 2026-01-05 | true",
            "Last modified on 5 March 2027 | true",
            "Updated Mar. 2, 2027 at 10:15 am | true",
            "This page was last reviewed March 2027 | true",
            "Last revised 03.02.27 | true",
            "Applications reviewed March 2027 | false",
            "Updated requirements take effect March 1, 2027 | false",
            "Application fee: $95 | false",
            "Last updated | false"})
    void aStampOfWhenThePageWasEditedIsToldFromContent(String text, boolean stamp) {
        assertThat(Boilerplate.isEditStamp(text)).isEqualTo(stamp);
    }

    @Test
    void aLastUpdatedStampUnderTheContentIsStrippedAndTheFactsAboveItStay() {
        Document document = Jsoup.parse("<main><h2>Fees</h2><p>Application fee: $95</p>"
                + "<p class=\"last-updated\"><em>Last updated: January 5, 2026</em></p>"
                + "<p>Requirements were last updated on March 1, 2026 to add the exam.</p></main>");

        Boilerplate.strip(document);

        assertThat(document.body().text()).contains("Application fee: $95", "were last updated on March 1, 2026 to add the exam")
                .doesNotContain("January 5, 2026");
    }
}
