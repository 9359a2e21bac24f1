package org.imhfinder.normalize.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Tables in a PDF's text: three or more consecutive lines of cells, the first of at least
 * {@value #MIN_COLUMNS} (the header). A header one cell short of its rows had an empty corner cell;
 * a row of a label and one value has a value spanning every column ("30 clock hours, for every
 * specialty"); a row short of cells is cut where the PDF wrapped it.
 */
final class PdfTables {
    private static final int MIN_COLUMNS = 3;
    private static final int MIN_ROWS = 3;

    private PdfTables() {
    }

    /** A table over the logical lines {@code start} (its header) to {@code end} (exclusive). */
    record Table(int start, int end, List<List<String>> rows, int width) {
        void appendTo(Element body) {
            Element table = body.appendElement("table");
            for (int r = 0; r < rows.size(); r++) {
                Element tr = table.appendElement("tr");
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Element cell = tr.appendElement(r == 0 ? "th" : "td").text(row.get(c));
                    if (c == row.size() - 1 && row.size() < width) {
                        cell.attr("colspan", String.valueOf(width - row.size() + 1));
                    }
                }
            }
        }
    }

    static Table at(List<Table> tables, int line) {
        return tables.stream().filter(t -> t.start() == line).findFirst().orElse(null);
    }

    static List<Table> find(List<PdfLines.Line> lines) {
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && lines.get(end).cells().size() >= 2) {
                end++;
            }
            if (end - i >= MIN_ROWS && Math.max(lines.get(i).cells().size(), columns(lines, i + 1, end) - 1) >= MIN_COLUMNS - 1) {
                Table table = table(lines, i, end);
                if (table != null) {
                    tables.add(table);
                }
            }
            i = Math.max(end, i + 1);
        }
        return tables;
    }

    private static Table table(List<PdfLines.Line> lines, int start, int end) {
        List<String> header = new ArrayList<>(lines.get(start).cells());
        int width = Math.max(header.size(), columns(lines, start + 1, end));
        List<PdfLines.Line> body = new ArrayList<>();
        for (int i = start + 1; i < end; i++) {
            body.addAll(rows(lines.get(i), width));
        }
        if (width < MIN_COLUMNS) {
            return null;
        }
        if (header.size() == width - 1) {
            header.add(0, "");
        }
        header = lines.get(start).cells().size() < width - 1 ? lines.get(start).cells(width) : header;
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (PdfLines.Line line : body) {
            List<String> cells = line.cells();
            rows.add(cells.size() == 2 || cells.size() >= width ? cells : line.cells(width));
        }
        return new Table(start, end, rows, width);
    }

    /** A line holding more cells than the table is wide: two rows the wrap joined, cut apart where the first ends. */
    private static List<PdfLines.Line> rows(PdfLines.Line line, int width) {
        if (line.cells().size() <= width) {
            return List.of(line);
        }
        return line.splitAfter(width).or(() -> line.splitAfter(2))
                .map(parts -> {
                    List<PdfLines.Line> out = new ArrayList<>();
                    out.add(parts[0]);
                    out.addAll(rows(parts[1], width));
                    return out;
                }).orElse(List.of(line));
    }

    /** The number of cells most rows have. */
    private static int columns(List<PdfLines.Line> lines, int from, int to) {
        int[] counts = new int[64];
        for (int i = from; i < to; i++) {
            counts[Math.min(63, lines.get(i).cells().size())]++;
        }
        int best = 0;
        for (int n = 3; n < counts.length; n++) {
            best = counts[n] > counts[best] ? n : best;
        }
        return best;
    }
}
