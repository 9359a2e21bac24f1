package org.imhfinder.normalize.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.imhfinder.normalize.normalizer.PdfFixtures;
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

    @Test
    void pdfBoxReadsTheTextOfAPdf() {
        PdfText.Extracted text = PdfText.extract(PdfFixtures.fellowship(), "https://x/f.pdf");

        assertThat(text.text()).contains("Infant Mental Health Fellowship", "Tuition: $2,400");
        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void anEmptyOrBrokenPdfIsUnreadable() {
        assertThatThrownBy(() -> PdfText.extract(new byte[0], "https://x/empty.pdf")).isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> PdfText.extract("<html>not a pdf</html>".getBytes(), "https://x/wrong.pdf"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("wrong.pdf");
    }
}
