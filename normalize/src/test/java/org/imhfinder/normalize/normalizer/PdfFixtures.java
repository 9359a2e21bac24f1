package org.imhfinder.normalize.normalizer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs for tests, written with PDFBox: one line per paragraph. */
public final class PdfFixtures {
    private PdfFixtures() {
    }

    public static byte[] fellowship() {
        return pdf(List.of("Infant Mental Health Fellowship", "Program details",
                "Tuition: $2,400 for the year", "Education: Master's degree in a mental health field"));
    }

    public static byte[] pdf(List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(50, 720);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -16);
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
