package org.imhfinder.normalize.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FlateFilterDecoderStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper with an end: it keeps at most {@code maxPageGlyphs} glyphs of a page (PDFBox
 * holds a page's glyphs, about 350 bytes each, until it writes the page; a dense page has a few
 * thousand) and skips the rest of that page, writes at most {@code maxChars} characters and then skips
 * the pages left; and it checks the reading's deadline as it goes through a page's operators, so a
 * worker given up on stops.
 */
final class BoundedTextStripper extends PDFTextStripper {
    private static final int CHECK_EVERY_OPERATORS = 1024;

    private final ReadingBudget budget;
    private final int maxPageGlyphs;
    private final Text text;
    private int pageGlyphs;
    private boolean cut;
    private int operators;

    BoundedTextStripper(ReadingBudget budget, int maxPageGlyphs, int maxChars) {
        this.budget = budget;
        this.maxPageGlyphs = maxPageGlyphs;
        this.text = new Text(maxChars);
    }

    /** The text written, at most {@code maxChars} characters. */
    String text() {
        return text.toString();
    }

    /** True when the text was cut: a page with more glyphs, or the document with more characters, than the limits. */
    boolean cut() {
        return cut || text.full;
    }

    /** Writes the document's text (see {@link #text()}). */
    void read(org.apache.pdfbox.pdmodel.PDDocument document) throws IOException {
        writeText(document, text);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        budget.check();
        if (!text.full) {
            measureStreamedContents(page);
            pageGlyphs = 0;
            super.processPage(page);
        }
    }

    /**
     * A page whose content is one Flate stream PDFBox parses as it inflates it, past the decoding filters
     * {@link BoundedFilters} bounds (and past its memory: what it parses it does not keep). Measuring
     * that stream first bounds it as every other stream is, and fails a bomb in the time it takes to
     * inflate the cap instead of parsing all of it.
     */
    private void measureStreamedContents(PDPage page) throws IOException {
        COSStream contents = page.getCOSObject().getCOSStream(COSName.CONTENTS);
        if (contents == null || !COSName.FLATE_DECODE.equals(contents.getFilters())) {
            return;
        }
        try (InputStream inflated = new FlateFilterDecoderStream(contents.createRawInputStream())) {
            inflated.transferTo(budget.limit(OutputStream.nullOutputStream()));
        } catch (IOException malformed) {
            // PDFBox skips a malformed content stream the same way
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CHECK_EVERY_OPERATORS == 0) {
            budget.check();
        }
        if (pageGlyphs < maxPageGlyphs) {
            super.processOperator(operator, operands);
        }
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        if (pageGlyphs < maxPageGlyphs) {
            pageGlyphs++;
            super.processTextPosition(position);
        } else {
            cut = true;
        }
    }

    /** A writer that keeps the first {@code max} characters and drops the rest. */
    private static final class Text extends Writer {
        private final StringBuilder kept = new StringBuilder();
        private final int max;
        private boolean full;

        Text(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            int room = max - kept.length();
            if (len > room) {
                full = true;
            }
            kept.append(chars, off, Math.max(0, Math.min(len, room)));
        }

        @Override
        public void write(String string, int off, int len) {
            int room = max - kept.length();
            if (len > room) {
                full = true;
            }
            kept.append(string, off, off + Math.max(0, Math.min(len, room)));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return kept.toString();
        }
    }
}
