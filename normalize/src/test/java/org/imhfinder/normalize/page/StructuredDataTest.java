package org.imhfinder.normalize.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.normalize.Fixtures;
import org.imhfinder.schema.ExtractionMethod;
import org.junit.jupiter.api.Test;

class StructuredDataTest {
    @Test
    void aCourseInsideAJsonLdGraphIsFoundDespiteCommentsAndTrailingCommas() {
        Page page = Fixtures.page("jsonld-graph-with-course.html");

        StructuredItem course = page.structured().stream().filter(StructuredItem::isProgram).findFirst().orElseThrow();

        assertThat(course.text("name")).isEqualTo("Child-Parent Psychotherapy Intensive Training");
        assertThat(course.method()).isEqualTo(ExtractionMethod.JSON_LD);
    }

    @Test
    void brokenJsonLdIsSkippedAndThePageIsStillRead() {
        Page page = Fixtures.page("broken-jsonld.html");

        assertThat(page.structured()).isEmpty();
        assertThat(page.headingText()).isEqualTo("Infant Mental Health Fellowship");
    }

    @Test
    void aMicrodataCourseInsideAJoomlaArticleIsATopLevelItemWithNestedProperties() {
        Page page = Fixtures.page("microdata-course-inside-joomla-article.html");

        StructuredItem course = page.structured().stream().filter(StructuredItem::isProgram).findFirst().orElseThrow();

        assertThat(course.method()).isEqualTo(ExtractionMethod.MICRODATA);
        assertThat(course.text("name")).isEqualTo("Child-Parent Psychotherapy Learning Collaborative");
        assertThat(course.data().path("hasCourseInstance").path("courseMode").asText()).isEqualTo("Blended");
    }

    @Test
    void jsonLdNestedPastTheBoundIsSkippedAndTheRestOfThePageRead() {
        String deep = "{\"a\": ".repeat(StructuredData.MAX_NESTING + 1) + "1" + "}".repeat(StructuredData.MAX_NESTING + 1);
        String html = Fixtures.html("jsonld-graph-with-course.html")
                .replace("<script type=\"application/ld+json\">", "<script type=\"application/ld+json\">" + deep
                        + "</script><script type=\"application/ld+json\">");

        Page page = Fixtures.page(html, "/deep/");

        assertThat(page.structured()).anyMatch(StructuredItem::isProgram);
    }

    @Test
    void aPageYieldsAtMostTheBoundOfItems() {
        String items = "[" + "{\"@type\": \"Thing\"},".repeat(StructuredData.MAX_ITEMS * 2) + "]";

        Page page = Fixtures.page("<html><head><script type=\"application/ld+json\">" + items + "</script></head><body>"
                + "<h1>Fellowship</h1></body></html>", "/many/");

        assertThat(page.structured()).hasSize(StructuredData.MAX_ITEMS);
    }
}
