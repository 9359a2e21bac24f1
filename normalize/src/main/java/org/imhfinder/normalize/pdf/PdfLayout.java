package org.imhfinder.normalize.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lays a PDF's text out as a simple HTML document, so generic extraction reads PDFs the way it
 * reads pages: wrapped lines joined into paragraphs, "Label: value" lines as labelled paragraphs,
 * the first line that names a program as the heading, short title-like lines as subheadings,
 * page furniture ("Page 1 of 2", "Revised ...") dropped.
 */
public final class PdfLayout {
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(page \\d+( of \\d+)?|\\d+|revised .{0,60}|.{0,60}\\| page \\d+( of \\d+)?)$");
    private static final Pattern LABEL = Pattern.compile("^([A-Z][\\p{L}/&'\u2019 ()-]{1,50}?):\\s+(.+)$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.:;!?]$");
    private static final int HEADING_MAX = 100;
    private static final int TITLE_LINES = 4;

    private PdfLayout() {
    }

    /** {@code namesProgram} tells a line that names a program (to pick the heading). */
    public static Document html(String text, String title, String url, java.util.function.Predicate<String> namesProgram) {
        List<String> paragraphs = paragraphs(text);
        Document document = Document.createShell(url);
        document.title(title == null ? "" : title);
        Element body = document.body();
        int heading = headingIndex(paragraphs, title, namesProgram);
        for (int i = 0; i < paragraphs.size(); i++) {
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
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !FURNITURE.matcher(l).matches()).toList();
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            boolean continues = previous != null && !ENDS_SENTENCE.matcher(previous).matches()
                    && (wrapped(previous, line, longest) || Character.isLowerCase(line.charAt(0)))
                    && !LABEL.matcher(line).matches();
            if (!continues && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(line);
            previous = line;
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** The line before was cut by the wrap: the next line's first word would not have fitted on it. */
    private static boolean wrapped(String previous, String line, int width) {
        int firstWord = line.indexOf(' ') < 0 ? line.length() : line.indexOf(' ');
        return previous.length() + 1 + firstWord > width;
    }

    private static int headingIndex(List<String> paragraphs, String title, java.util.function.Predicate<String> namesProgram) {
        for (int i = 0; i < Math.min(TITLE_LINES, paragraphs.size()); i++) {
            String line = paragraphs.get(i);
            if (line.length() <= HEADING_MAX && !LABEL.matcher(line).matches() && namesProgram.test(line)) {
                return i;
            }
        }
        if (title != null) {
            for (int i = 0; i < Math.min(TITLE_LINES, paragraphs.size()); i++) {
                if (paragraphs.get(i).equalsIgnoreCase(title)) {
                    return i;
                }
            }
        }
        return paragraphs.isEmpty() || paragraphs.get(0).length() > HEADING_MAX ? -1 : 0;
    }
}
