package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.TableGrid;
import org.imhfinder.normalize.text.Clauses;
import org.jsoup.nodes.Element;

/**
 * Tables with one program per row (Category | Education | Training | ...) or per column
 * ("requirements at a glance" with the levels across the top): each program becomes a candidate
 * whose labelled values are its cells under their headers.
 */
final class LevelTables {
    private static final int MIN_PROGRAMS = 2;
    private static final int MIN_LABELS = 2;

    private final ProgramNames names;
    private final Function<String, Optional<String>> groups;

    LevelTables(ProgramNames names, Function<String, Optional<String>> groups) {
        this.names = names;
        this.groups = groups;
    }

    List<Candidate> find(Element content) {
        List<Candidate> found = new ArrayList<>();
        for (Element table : content.select(Css.of("table"))) {
            List<List<Element>> grid = grid(table);
            if (grid.size() < MIN_PROGRAMS + 1) {
                continue;
            }
            List<Candidate> rows = byRow(grid);
            found.addAll(rows.isEmpty() ? byColumn(grid) : rows);
        }
        return found;
    }

    private List<Candidate> byRow(List<List<Element>> grid) {
        List<Element> header = grid.get(0);
        if (labelCount(header.subList(1, header.size())) < MIN_LABELS) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (List<Element> row : grid.subList(1, grid.size())) {
            String name = Clauses.clean(row.get(0).text());
            if (names.namesProgram(name)) {
                List<Labelled> cells = new ArrayList<>();
                for (int i = 1; i < Math.min(row.size(), header.size()); i++) {
                    label(header.get(i).text(), row.get(i), cells);
                }
                out.add(new Candidate(Candidate.Kind.TABLE_ROW, name, row.get(0), row.subList(1, row.size()), cells, null, null));
            }
        }
        return out.size() >= MIN_PROGRAMS ? out : List.of();
    }

    private List<Candidate> byColumn(List<List<Element>> grid) {
        List<Element> header = grid.get(0);
        List<Element> labels = grid.stream().skip(1).map(r -> r.get(0)).toList();
        if (labelCount(labels) < MIN_LABELS) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (int column = 1; column < header.size(); column++) {
            String name = Clauses.clean(header.get(column).text());
            if (!names.namesProgram(name)) {
                continue;
            }
            List<Labelled> cells = new ArrayList<>();
            List<Element> scope = new ArrayList<>();
            for (List<Element> row : grid.subList(1, grid.size())) {
                if (column < row.size()) {
                    label(row.get(0).text(), row.get(column), cells);
                    scope.add(row.get(column));
                }
            }
            out.add(new Candidate(Candidate.Kind.TABLE_ROW, name, header.get(column), scope, cells, null, null));
        }
        return out.size() >= MIN_PROGRAMS ? out : List.of();
    }

    private void label(String label, Element cell, List<Labelled> into) {
        groups.apply(Clauses.clean(label)).ifPresent(g -> into.add(new Labelled(Clauses.clean(label), g, cell.text(), cell)));
    }

    private int labelCount(List<Element> cells) {
        return (int) cells.stream().filter(c -> groups.apply(Clauses.clean(c.text())).isPresent()).count();
    }

    /** The table's rows as lists of cells (th or td), header first; a spanning cell stands in every column and row it covers. */
    private static List<List<Element>> grid(Element table) {
        return TableGrid.of(table);
    }
}
