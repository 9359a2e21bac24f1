package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.TableGrid;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.Vocabulary;
import org.jsoup.nodes.Element;

/**
 * Tables with one program per row (Category | Education | Training | ...) or per column
 * ("requirements at a glance" with the levels across the top): each program becomes a candidate
 * whose labelled values are its cells under their headers. The table is read as its reader sees
 * it ({@link TableGrid}): a cell spanning several levels is each one's value, and a header of two
 * rows (a Mentor column split into Clinical, Policy and Research/Faculty) names each column by both;
 * a table of designations alone is the designations of the Mentor level headed above it.
 */
final class LevelTables {
    private static final int MIN_PROGRAMS = 2;
    private static final int MENTOR = 4;
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("h[1-6]");
    private static final java.util.regex.Pattern DESIGNATION = java.util.regex.Pattern.compile(
            "(?i)(clinical|policy|research\\s*/\\s*faculty|research|faculty)");
    private static final java.util.regex.Pattern DESIGNATION_LAST = java.util.regex.Pattern.compile(
            "(?i)[-\u2013\u2014]\\s*(clinical|policy|research\\s*/\\s*faculty|research|faculty)$");
    /** The level's numeral in brackets after its name ("Infant Mental Health Mentor (IV)"). */
    private static final java.util.regex.Pattern NUMERAL = java.util.regex.Pattern.compile("\\(\\s*(?:IV|III|II|I)\\s*\\)");
    private static final int MIN_LABELS = 2;

    private final ProgramNames names;
    private final Vocabulary vocabulary;
    private final Function<String, Optional<String>> groups;

    LevelTables(ProgramNames names, Vocabulary vocabulary, Function<String, Optional<String>> groups) {
        this.names = names;
        this.vocabulary = vocabulary;
        this.groups = groups;
    }

    List<Candidate> find(Element content) {
        List<Candidate> found = new ArrayList<>();
        for (Element table : content.select(Css.of("table"))) {
            List<List<Element>> grid = TableGrid.of(table);
            int headerRows = headerRows(grid);
            if (grid.size() < MIN_PROGRAMS + 1 || headerRows >= grid.size()) {
                continue;
            }
            List<Candidate> rows = byRow(grid, headerRows);
            found.addAll(rows.isEmpty() ? byColumn(grid, headerRows, mentorAbove(table)) : rows);
        }
        return found;
    }

    private List<Candidate> byRow(List<List<Element>> grid, int headerRows) {
        List<String> header = columnNames(grid, headerRows);
        if (labelCount(header.subList(1, header.size())) < MIN_LABELS) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (List<Element> row : grid.subList(headerRows, grid.size())) {
            String name = Clauses.clean(text(row.get(0)));
            if (names.namesProgram(name)) {
                List<Labelled> cells = new ArrayList<>();
                List<Element> scope = new ArrayList<>();
                for (int i = 1; i < row.size(); i++) {
                    label(header.get(i), row.get(i), cells);
                    if (row.get(i) != null && !scope.contains(row.get(i))) {
                        scope.add(row.get(i));
                    }
                }
                out.add(new Candidate(Candidate.Kind.TABLE_ROW, name, row.get(0), scope, cells, null, null));
            }
        }
        return out.size() >= MIN_PROGRAMS ? out : List.of();
    }

    private List<Candidate> byColumn(List<List<Element>> grid, int headerRows, Mentor mentor) {
        List<String> header = columnNames(grid, headerRows);
        List<String> labels = grid.stream().skip(headerRows).map(r -> text(r.get(0))).toList();
        if (labelCount(labels) < MIN_LABELS) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (int column = 1; column < header.size(); column++) {
            String name = Clauses.clean(header.get(column));
            if (mentor != null && DESIGNATION.matcher(name).matches()) {
                name = mentor.name() + " - " + name;
            }
            if (mentor != null && DESIGNATION_LAST.matcher(name).find() && !NUMERAL.matcher(name).find()) {
                name = name + mentor.numeral();
            }
            if (!names.namesProgram(name)) {
                continue;
            }
            List<Labelled> cells = new ArrayList<>();
            List<Element> scope = new ArrayList<>();
            for (List<Element> row : grid.subList(headerRows, grid.size())) {
                label(text(row.get(0)), row.get(column), cells);
                if (row.get(column) != null) {
                    scope.add(row.get(column));
                }
            }
            out.add(new Candidate(Candidate.Kind.TABLE_ROW, name, grid.get(headerRows - 1).get(column), scope, cells, null, null));
        }
        return out.size() >= MIN_PROGRAMS ? out : List.of();
    }

    /**
     * The Mentor level a table of designations ("Clinical | Policy | Research/Faculty") sits under: the nearest
     * heading before it names it ("Infant Mental Health Mentor (IV)", a PDF titled by the level).
     */
    private Mentor mentorAbove(Element table) {
        for (Element at = table; at != null; at = at.parent()) {
            for (Element before = at.previousElementSibling(); before != null; before = before.previousElementSibling()) {
                if (HEADING.matcher(before.normalName()).matches()) {
                    return mentorNamed(before.text());
                }
            }
        }
        return null;
    }

    private Mentor mentorNamed(String heading) {
        java.util.regex.Matcher numeral = NUMERAL.matcher(heading);
        String number = numeral.find() ? " " + numeral.group() : "";
        return vocabulary.find(heading, TermKind.ENDORSEMENT_LEVEL).stream().findFirst()
                .filter(m -> vocabulary.level(m.value()).map(l -> l.number() != null && l.number() == MENTOR).orElse(false))
                .map(m -> new Mentor(m.text(), number)).orElse(null);
    }

    /** The Mentor level a table of designations sits under, and its numeral as the heading writes it (" (IV)", or ""). */
    private record Mentor(String name, String numeral) {
    }

    /**
     * The header is the first row and the rows under it made only of header cells ({@code th}; an empty corner
     * cell may be a {@code td}), as long as a row of values follows.
     */
    private static int headerRows(List<List<Element>> grid) {
        int rows = 1;
        while (rows < grid.size() - 1 && grid.get(rows).stream()
                .allMatch(c -> c == null || c.normalName().equals("th") || c.text().isBlank())) {
            rows++;
        }
        return rows;
    }

    /**
     * Each column's name from every header row: "Infant/Early Childhood Mental Health Mentor - Clinical" for a
     * Mentor cell spanning three columns over "Clinical"; a title row spanning them all loses its "Requirements".
     */
    private static List<String> columnNames(List<List<Element>> grid, int headerRows) {
        List<String> names = new ArrayList<>();
        for (int column = 0; column < grid.get(0).size(); column++) {
            List<String> parts = new ArrayList<>();
            Element above = null;
            for (List<Element> row : grid.subList(0, headerRows)) {
                Element cell = row.get(column);
                if (cell != null && cell != above && !text(cell).isBlank()) {
                    parts.add(ProgramNames.clean(text(cell)));
                }
                above = cell;
            }
            names.add(String.join(" - ", parts));
        }
        return names;
    }

    private void label(String label, Element cell, List<Labelled> into) {
        if (cell != null) {
            groups.apply(Clauses.clean(label)).ifPresent(g -> into.add(new Labelled(Clauses.clean(label), g, cell.text(), cell)));
        }
    }

    private int labelCount(List<String> labels) {
        return (int) labels.stream().filter(l -> groups.apply(Clauses.clean(l)).isPresent()).count();
    }

    private static String text(Element cell) {
        return cell == null ? "" : cell.text();
    }
}
