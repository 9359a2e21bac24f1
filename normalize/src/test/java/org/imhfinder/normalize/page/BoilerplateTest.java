package org.imhfinder.normalize.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.normalize.Fixtures;
import org.junit.jupiter.api.Test;

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
}
