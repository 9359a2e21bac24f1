package org.imhfinder.normalize.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {
    @Test
    void wrappedLinesAreJoinedIntoParagraphsAndPageFurnitureIsDropped() {
        String text = """
                Infant Family Associate (IFA) Endorsement Requirements
                Meridian Alliance for Infant Mental Health
                The Infant Family Associate Endorsement recognizes professionals who promote the social and
                emotional well-being of infants and toddlers within their families.
                Specialized in-service training: 30 clock hours of relationship-based, culturally sensitive
                training
                Page 1 of 1
                """;

        List<String> paragraphs = PdfLayout.paragraphs(text);

        assertThat(paragraphs).containsExactly(
                "Infant Family Associate (IFA) Endorsement Requirements",
                "Meridian Alliance for Infant Mental Health",
                "The Infant Family Associate Endorsement recognizes professionals who promote the social and emotional "
                        + "well-being of infants and toddlers within their families.",
                "Specialized in-service training: 30 clock hours of relationship-based, culturally sensitive training");
    }

    @Test
    void theLineNamingAProgramIsTheHeadingAndLabelsStayLabels() {
        Document html = PdfLayout.html("Requirements at a glance\nInfant Family Specialist Endorsement\nEducation: Bachelor's degree\n",
                null, "https://x/ifs.pdf", line -> line.contains("Endorsement"));

        assertThat(html.selectFirst("h1").text()).isEqualTo("Infant Family Specialist Endorsement");
        assertThat(html.selectFirst("p strong").text()).isEqualTo("Education:");
    }
    /** A requirements chart as PDFBox reads it: cells apart by wide gaps, rows wrapped at the page's width. */
    private static final String CHART = String.join("\n",
            "Requirements Chart",
            "Infant Family Associate    Infant Family Specialist    Infant Mental Health Specialist   ",
            "Infant Mental Health Mentor",
            "Education    CDA, associate's degree, or two years of paid work with infants and their families",
            "and caregivers    Bachelor's degree    Master's degree or doctorate    Master's degree or",
            "doctorate",
            "Specialized training    30 clock hours for every category",
            "Reflective supervision    Not required    24 clock hours within 1-2 years    50 clock hours",
            "within 1-2 years    50 clock hours within 1-2 years for the Clinical designation, not required",
            "for Policy",
            "Written exam    No    No    Yes    Yes",
            "Renewal every year: 15 clock hours of training.", "");

    @Test
    void rowsOfCellsAreATableWithItsWrappedRowsJoinedAndItsSpanningCellsSpanning() {
        Document html = PdfLayout.html(CHART, null, "https://x/chart.pdf", line -> false);

        assertThat(html.select("table tr")).extracting(tr -> tr.children().stream().map(Element::text).toList().toString()).containsExactly(
                "[, Infant Family Associate, Infant Family Specialist, Infant Mental Health Specialist, Infant Mental Health Mentor]",
                "[Education, CDA, associate's degree, or two years of paid work with infants and their families and caregivers, "
                        + "Bachelor's degree, Master's degree or doctorate, Master's degree or doctorate]",
                "[Specialized training, 30 clock hours for every category]",
                "[Reflective supervision, Not required, 24 clock hours within 1-2 years, 50 clock hours within 1-2 years, "
                        + "50 clock hours within 1-2 years for the Clinical designation, not required for Policy]",
                "[Written exam, No, No, Yes, Yes]");
        assertThat(html.select("table tr").get(2).child(1).attr("colspan")).isEqualTo("4");
        assertThat(html.select("p").eachText()).contains("Renewal every year: 15 clock hours of training.");
    }

    @Test
    void twoRowsTheWrapJoinedAreCutApartWhereTheFirstEnds() {
        String text = String.join("\n",
                "Requirement    Clinical    Policy    Research/Faculty",
                "Education    Master's degree    Master's degree    Master's degree or doctorate in a related field of study",
                "Work    Three years    Three years    Three years",
                "Exam    Yes    Yes    Yes", "");

        Document html = PdfLayout.html(text, null, "https://x/m.pdf", line -> false);

        assertThat(html.select("table tr")).extracting(tr -> tr.child(0).text())
                .containsExactly("Requirement", "Education", "Work", "Exam");
    }
}
