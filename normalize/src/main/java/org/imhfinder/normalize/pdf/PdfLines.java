package org.imhfinder.normalize.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's text as logical lines: the lines the PDF wrapped at its width joined again, and each line's
 * cells where it is a table row. PDFBox keeps the wide gap between two cells of a row as a run of
 * spaces; a row too long for the page continues on the next line, where a gap at the cut is lost
 * unless it trailed the cut line. So a row is cut into cells at its gaps, and where it comes out
 * shorter than the table's header, at the places the PDF cut it too.
 */
final class PdfLines {
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(page \\d+( of \\d+)?|\\d+|revised .{0,60}|.{0,60}\\| page \\d+( of \\d+)?)$");
    private static final Pattern LABEL = Pattern.compile("^([A-Z][\\p{L}/&'\u2019 ()-]{1,50}?):\\s+(.+)$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.:;!?]$");
    private static final Pattern GAP = Pattern.compile(" {3,}|\t+");
    private static final Pattern TRAILING_GAP = Pattern.compile("\\S {2,}$");
    /** Where a wrapped line was joined to the one before: a space, or a cell boundary if this one proves to be. */
    static final char CUT = '\u0001';
    /** Where a line that ended in a gap was joined: a cell boundary. */
    static final String GAP_MARK = "   ";

    private PdfLines() {
    }

    /** One logical line: its text with its cuts marked. */
    record Line(String marked) {
        /** The text as a paragraph: cuts are spaces, gaps one space. */
        String text() {
            return GAP.matcher(marked.replace(CUT, ' ')).replaceAll(" ").strip();
        }

        /** The line's cells, cut at its gaps. */
        List<String> cells() {
            List<String> cells = new ArrayList<>();
            for (String cell : GAP.split(marked.strip())) {
                cells.add(cell.replace(CUT, ' ').strip());
            }
            return cells;
        }

        /**
         * Two rows joined because the first ended near the page's width: the line cut where the PDF cut it,
         * after {@code width} cells. Empty when no cut falls there.
         */
        java.util.Optional<Line[]> splitAfter(int width) {
            String line = marked.strip();
            for (int at = line.indexOf(CUT); at >= 0; at = line.indexOf(CUT, at + 1)) {
                Line head = new Line(line.substring(0, at));
                if (head.cells().size() == width) {
                    return java.util.Optional.of(new Line[] {head, new Line(line.substring(at + 1))});
                }
            }
            return java.util.Optional.empty();
        }

        /** The cells, cut also at the first places the PDF cut the line, until there are {@code wanted} of them. */
        List<String> cells(int wanted) {
            String line = marked.strip();
            int missing = wanted - GAP.split(line).length;
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean boundary = c == CUT && missing > 0 && i + 1 < line.length() && Character.isUpperCase(line.charAt(i + 1));
                out.append(boundary ? GAP_MARK : String.valueOf(c));
                missing -= boundary ? 1 : 0;
            }
            return new Line(out.toString()).cells();
        }
    }

    /** The logical lines of a PDF's text, page furniture ("Page 1 of 2", "Revised ...") dropped. */
    static List<Line> of(String text) {
        List<String> lines = text.lines().map(PdfLines::rightStripToGap)
                .filter(l -> !l.isBlank() && !FURNITURE.matcher(l.strip()).matches()).toList();
        int longest = lines.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
        List<Line> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String raw : lines) {
            String line = raw.strip();
            boolean continues = previous != null && !LABEL.matcher(line).matches() && (previous.endsWith(GAP_MARK)
                    || !ENDS_SENTENCE.matcher(previous.strip()).matches()
                    && (wrapped(previous.strip(), line, longest) || Character.isLowerCase(line.charAt(0))));
            if (!continues && current.length() > 0) {
                out.add(new Line(current.toString()));
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(previous.endsWith(GAP_MARK) ? "" : String.valueOf(CUT));
            }
            current.append(raw.stripLeading());
            previous = raw;
        }
        if (current.length() > 0) {
            out.add(new Line(current.toString()));
        }
        return out;
    }

    /** A line without its trailing spaces, except a trailing gap, kept as one gap mark: the cell ended at the cut. */
    private static String rightStripToGap(String line) {
        Matcher gap = TRAILING_GAP.matcher(line);
        return gap.find() ? line.substring(0, gap.start() + 1) + GAP_MARK : line.stripTrailing();
    }

    /**
     * The line before was cut by the wrap: the next line's first word would not have fitted on it. (A line
     * ending in a gap was always cut: nothing else leaves spaces at the end of a line.)
     */
    private static boolean wrapped(String previous, String line, int width) {
        int firstWord = line.indexOf(' ') < 0 ? line.length() : line.indexOf(' ');
        return previous.length() + 1 + firstWord > width;
    }
}
