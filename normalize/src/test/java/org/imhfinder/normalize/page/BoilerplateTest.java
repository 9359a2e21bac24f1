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
    void structuredDataIsReadBeforeScriptsAreStripped() {
        Page page = Fixtures.page("wordpress-page-with-sidebar-and-cookie-banner.html");

        assertThat(page.structured()).extracting(i -> i.types().iterator().next()).contains("WebPage", "Organization");
        assertThat(page.hasStructuredProgram()).isFalse();
        assertThat(page.document().select("script, style")).isEmpty();
    }

    @Test
    void aContainerHoldingMostOfThePageIsKeptWhateverItsClassNamesSay() {
        Page page = Fixtures.page("content-inside-a-layout-named-like-a-sidebar.html");
        String text = page.document().body().text();

        assertThat(text).contains("two-year course of study", "March 15", "reflective supervision groups")
                .doesNotContain("Request Info", "Current Students", "LaSalle");
    }
}
