package org.imhfinder.normalize.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
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
}
