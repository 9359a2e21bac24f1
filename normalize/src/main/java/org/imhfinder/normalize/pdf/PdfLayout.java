package org.imhfinder.normalize.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lays a PDF's text out as a simple HTML document, so generic extraction reads PDFs the way it
 * reads pages: wrapped lines joined into paragraphs ({@link PdfLines}), "Label: value" lines as
 * labelled paragraphs, rows of cells as a table, the first line that names a program as the heading,
 * page furniture ("Page 1 of 2", "Revised ...") dropped.
 */
public final class PdfLayout {
    private static final Pattern LABEL = Pattern.compile("^([A-Z][\\p{L}/&'\u2019 ()-]{1,50}?):\\s+(.+)$");
    private static final int HEADING_MAX = 100;
    private static final int TITLE_LINES = 4;

    private PdfLayout() {
    }

    /** {@code namesProgram} tells a line that names a program (to pick the heading). */
    public static Document html(String text, String title, String url, java.util.function.Predicate<String> namesProgram) {
        List<PdfLines.Line> lines = PdfLines.of(text);
        List<String> paragraphs = lines.stream().map(PdfLines.Line::text).toList();
        Document document = Document.createShell(url);
        document.title(title == null ? "" : title);
        Element body = document.body();
        List<PdfTables.Table> tables = PdfTables.find(lines);
        int heading = headingIndex(paragraphs, title, line -> namesProgram.test(line), tables);
        for (int i = 0; i < paragraphs.size(); i++) {
            PdfTables.Table table = PdfTables.at(tables, i);
            if (table != null) {
                table.appendTo(body);
                i = table.end() - 1;
                continue;
            }
            String line = paragraphs.get(i);
            var label = LABEL.matcher(line);
            if (i == heading) {
                body.appendElement("h1").text(line);
            } else if (label.matches()) {
                Element p = body.appendElement("p");
                p.appendElement("strong").text(label.group(1) + ":");
                p.appendText(" " + label.group(2));
            } else {
                body.appendElement("p").text(line);
            }
        }
        return document;
    }

    /** Lines joined where the PDF wrapped them: a line continues the one before unless that one ended a sentence or was short. */
    static List<String> paragraphs(String text) {
        return new ArrayList<>(PdfLines.of(text).stream().map(PdfLines.Line::text).toList());
    }

    /** The title line: the first of the first few naming a program, else the one the PDF's title repeats, else the first; never a table's. */
    private static int headingIndex(List<String> paragraphs, String title, java.util.function.Predicate<String> namesProgram,
                                    List<PdfTables.Table> tables) {
        int lines = Math.min(TITLE_LINES, tables.stream().mapToInt(PdfTables.Table::start).min().orElse(paragraphs.size()));
        lines = Math.min(lines, paragraphs.size());
        for (int i = 0; i < lines; i++) {
            String line = paragraphs.get(i);
            if (line.length() <= HEADING_MAX && !LABEL.matcher(line).matches() && namesProgram.test(line)) {
                return i;
            }
        }
        if (title != null) {
            for (int i = 0; i < lines; i++) {
                if (paragraphs.get(i).equalsIgnoreCase(title)) {
                    return i;
                }
            }
        }
        return lines == 0 || paragraphs.get(0).length() > HEADING_MAX ? -1 : 0;
    }
}
