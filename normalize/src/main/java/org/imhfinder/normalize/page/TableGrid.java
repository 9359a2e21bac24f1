package org.imhfinder.normalize.page;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A table as a rectangle of cells, the way a reader sees it: a cell spanning rows or columns
 * ({@code rowspan}, {@code colspan}) stands in every position it covers, so "30 clock hours" in a
 * cell spanning four levels is each level's value. Rows of nested tables are not the table's.
 * Spans are capped, so a broken {@code colspan="9999"} cannot blow the grid up.
 */
public final class TableGrid {
    private static final int MAX_SPAN = 30;

    private TableGrid() {
    }

    /** The table's rows, header first, each as wide as the widest row (missing positions are null). */
    public static List<List<Element>> of(Element table) {
        List<List<Element>> grid = new ArrayList<>();
        List<int[]> pending = new ArrayList<>(); // per column: rows still covered by a rowspan above
        List<Element> pendingCell = new ArrayList<>();
        for (Element row : table.select(Css.of("tr"))) {
            if (row.closest(Css.of("table")) != table) {
                continue;
            }
            List<Element> cells = row.children().stream().filter(c -> Tags.isCell(c.normalName())).toList();
            if (cells.isEmpty()) {
                continue;
            }
            grid.add(fill(cells, pending, pendingCell));
        }
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        for (List<Element> row : grid) {
            while (row.size() < width) {
                row.add(null);
            }
        }
        return grid;
    }

    /** One row's positions: cells still spanning down from above first, then this row's cells across their colspans. */
    private static List<Element> fill(List<Element> cells, List<int[]> pending, List<Element> pendingCell) {
        List<Element> out = new ArrayList<>();
        int next = 0;
        for (int column = 0; next < cells.size() || column < pending.size(); column++) {
            if (column < pending.size() && pending.get(column)[0] > 0) {
                out.add(pendingCell.get(column));
                pending.get(column)[0]--;
                continue;
            }
            if (next >= cells.size()) {
                out.add(null);
                continue;
            }
            Element cell = cells.get(next++);
            int colspan = span(cell, "colspan");
            int rowspan = span(cell, "rowspan");
            for (int i = 0; i < colspan; i++) {
                int at = column + i;
                while (pending.size() <= at) {
                    pending.add(new int[] {0});
                    pendingCell.add(null);
                }
                pending.get(at)[0] = rowspan - 1;
                pendingCell.set(at, cell);
                out.add(cell);
            }
            column += colspan - 1;
        }
        return out;
    }

    private static int span(Element cell, String attribute) {
        if (!cell.hasAttr(attribute)) {
            return 1; // nearly every cell: no exception built for a span it does not have
        }
        try {
            int span = Integer.parseInt(cell.attr(attribute).trim());
            return Math.max(1, Math.min(span, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
