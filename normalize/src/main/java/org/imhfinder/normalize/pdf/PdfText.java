package org.imhfinder.normalize.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF (Apache PDFBox), bounded: the first {@value #MAX_PAGES} pages, at most
 * {@value #MAX_CHARS} characters. A PDF that cannot be read (broken, encrypted) is an
 * {@link UnreadableDocumentException}: the page goes to the dead-letter topic.
 */
public final class PdfText {
    static final int MAX_PAGES = 40;
    static final int MAX_CHARS = 200_000;

    private PdfText() {
    }

    /** What a PDF says. */
    public record Extracted(String text, String title, int pageCount, boolean truncated) {
    }

    public static Extracted extract(byte[] pdf, String url) {
        if (pdf == null || pdf.length == 0) {
            throw new UnreadableDocumentException("empty PDF body: " + url);
        }
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            if (document.isEncrypted()) {
                document.setAllSecurityToBeRemoved(true);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(MAX_PAGES);
            String text = stripper.getText(document);
            boolean truncated = text.length() > MAX_CHARS || document.getNumberOfPages() > MAX_PAGES;
            return new Extracted(truncated && text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text,
                    title(document.getDocumentInformation()), document.getNumberOfPages(), truncated);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("cannot read PDF " + url + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static String title(PDDocumentInformation info) {
        return info == null || info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle().trim();
    }
}
