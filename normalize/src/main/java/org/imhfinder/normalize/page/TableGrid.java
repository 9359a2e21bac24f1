package org.imhfinder.normalize.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A table as the grid a reader sees: a cell spanning several columns or rows ({@code colspan},
 * {@code rowspan}) stands in every position it covers. Providers write a requirement shared by every
 * level once, across the levels' columns ("Minimum 30 hours" over four categories), and that value
 * applies to each. A row that is one cell across the whole table is a title, not values, and is left out, as
 * are nested tables; spans are capped, so a malformed page cannot blow the grid up.
 */
public final class TableGrid {
    private static final int MAX_SPAN = 50;

    private TableGrid() {
    }

    /** The table's rows, header first, each as its cells in column order, spanning cells repeated. */
    public static List<List<Element>> of(Element table) {
        List<List<Element>> grid = new ArrayList<>();
        Map<Integer, Carried> carried = new HashMap<>();
        for (Element row : table.select(Css.of("tr"))) {
            if (row.closest(Css.of("table")) != table) {
                continue;
            }
            List<Element> cells = row.children().stream().filter(TableGrid::isCell).toList();
            List<Element> out = row(cells, carried);
            if (!out.isEmpty() && !isTitle(out)) {
                grid.add(out);
            }
        }
        return grid;
    }

    private static List<Element> row(List<Element> cells, Map<Integer, Carried> carried) {
        List<Element> out = new ArrayList<>();
        Iterator<Element> next = cells.iterator();
        int column = 0;
        while (next.hasNext() || carried.containsKey(column)) {
            Carried above = carried.get(column);
            if (above != null) {
                out.add(above.cell());
                carried.put(column, above.down());
                carried.remove(column, Carried.DONE);
                column++;
                continue;
            }
            Element cell = next.next();
            int rows = span(cell, "rowspan");
            for (int i = 0; i < span(cell, "colspan"); i++, column++) {
                out.add(cell);
                if (rows > 1) {
                    carried.put(column, new Carried(cell, rows - 1));
                }
            }
        }
        return out;
    }

    /** One cell across the whole table ("Infant Family Associate Requirements") titles what follows: it is no row of values. */
    private static boolean isTitle(List<Element> row) {
        return row.size() > 1 && row.stream().allMatch(cell -> cell == row.get(0));
    }

    /** A cell spanning down into rows still to come. */
    private record Carried(Element cell, int rows) {
        static final Carried DONE = new Carried(null, 0);

        Carried down() {
            return rows > 1 ? new Carried(cell, rows - 1) : DONE;
        }
    }

    private static boolean isCell(Element element) {
        return element.normalName().equals("td") || element.normalName().equals("th");
    }

    private static int span(Element cell, String attribute) {
        try {
            int span = Integer.parseInt(cell.attr(attribute).trim());
            return Math.max(1, Math.min(span, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
