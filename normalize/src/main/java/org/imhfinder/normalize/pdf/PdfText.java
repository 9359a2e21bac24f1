package org.imhfinder.normalize.pdf;

import java.io.IOException;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.imhfinder.normalize.limits.BoundedWorker;
import org.imhfinder.normalize.text.ControlCharacters;

/**
 * The text of a PDF (Apache PDFBox), read under bounds, since a PDF is untrusted input a few KB of
 * which can ask for gigabytes: its first {@code maxPages} pages, {@code maxPageGlyphs} glyphs of a
 * page and at most {@code maxChars} characters (then the text is cut and marked truncated); every
 * stream decoded to at most
 * {@code maxStreamBytes} and all of them together to {@code maxDecodedBytes}; PDFBox's scratch
 * buffers within {@code maxScratchBytes} of memory; and the whole reading within its deadline, on a
 * worker of its own (see {@link BoundedWorker}). A PDF that cannot be read within them (or at all:
 * broken, encrypted) is an {@link UnreadableDocumentException} or an
 * {@link org.imhfinder.normalize.limits.OverLimitException} saying why, and goes to the dead-letter
 * topic. Control characters are stripped from the text and title. Thread-safe.
 */
public final class PdfText implements AutoCloseable {
    private static final long MIB = 1024 * 1024;

    /** The bounds of one PDF's reading. */
    public record Limits(int maxPages, int maxChars, int maxPageGlyphs, long maxStreamBytes, long maxDecodedBytes,
                         long maxScratchBytes) {
        /**
         * 40 pages and 200,000 characters hold any requirement document, and a page of 50,000 glyphs ten
         * dense pages' worth (PDFBox holds a page's glyphs at about 350 bytes each: 17 MiB); a content
         * stream or font of 16 MiB is far beyond one; 64 MiB decoded in all keeps one PDF's reading to a
         * small part of a 768 MiB container, whatever it holds.
         */
        public static final Limits STANDARD = new Limits(40, 200_000, 50_000, 16 * MIB, 64 * MIB, 16 * MIB);
    }

    /** What a PDF says. */
    public record Extracted(String text, String title, int pageCount, boolean truncated) {
    }

    private final Limits limits;
    private final BoundedWorker worker;

    public PdfText(Limits limits, Duration deadline) {
        BoundedFilters.install();
        this.limits = limits;
        this.worker = new BoundedWorker("pdf", deadline);
    }

    /** With the standard limits. */
    public PdfText(Duration deadline) {
        this(Limits.STANDARD, deadline);
    }

    public Limits limits() {
        return limits;
    }

    /** Ends the worker threads (a reading past its deadline is interrupted). */
    @Override
    public void close() {
        worker.close();
    }

    /** Workers still reading a PDF past their deadline. */
    public int overdue() {
        return worker.overdue();
    }

    public Extracted extract(byte[] pdf, String url) {
        if (pdf == null || pdf.length == 0) {
            throw new UnreadableDocumentException("empty PDF body: " + url);
        }
        return worker.run("PDF " + url, () -> read(pdf, url));
    }

    private Extracted read(byte[] pdf, String url) {
        ReadingBudget budget = new ReadingBudget(limits.maxStreamBytes(), limits.maxDecodedBytes(), worker.deadline()).begin();
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "",
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxScratchBytes()).streamCache)) {
            Extracted text = text(document, budget);
            if (budget.exceeded() != null) { // a limit passed where PDFBox forgave the failure and went on
                throw unreadable(url, budget.exceeded(), null);
            }
            return text;
        } catch (ReadingBudget.ReadingStopped e) {
            throw unreadable(url, e.getMessage(), null);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw budget.exceeded() != null ? unreadable(url, budget.exceeded(), e)
                    : unreadable(url, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } finally {
            budget.end();
        }
    }

    private Extracted text(PDDocument document, ReadingBudget budget) throws IOException {
        if (document.isEncrypted()) {
            document.setAllSecurityToBeRemoved(true);
        }
        BoundedTextStripper stripper = new BoundedTextStripper(budget, limits.maxPageGlyphs(), limits.maxChars());
        stripper.setSortByPosition(true);
        stripper.setEndPage(limits.maxPages());
        stripper.read(document);
        int pages = document.getNumberOfPages();
        return new Extracted(ControlCharacters.strip(stripper.text()), title(document.getDocumentInformation()), pages,
                stripper.cut() || pages > limits.maxPages());
    }

    private static UnreadableDocumentException unreadable(String url, String why, Throwable cause) {
        return new UnreadableDocumentException("cannot read PDF " + url + ": " + why, cause);
    }

    private static String title(PDDocumentInformation info) {
        String title = info == null ? null : ControlCharacters.strip(info.getTitle());
        return title == null || title.isBlank() ? null : title.trim();
    }
}
