package org.imhfinder.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.imhfinder.schema.Json;

/** The result of one run: when, on what, how long, and every row. Printed as a table, written as JSON. */
public record BenchReport(Instant startedAt, String scale, Machine machine, double seconds, List<Row> rows) {

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "IMH benchmark (%s), %s, %d cores, load average %.2f at start, %.2f at end, "
                        + "Java %s, %.0f s%n%n", scale, startedAt, machine.cores(), machine.loadAverageAtStart(),
                machine.loadAverageAtEnd(), machine.java(), seconds));
        out.append(String.format(Locale.ROOT, "%-12s %-34s %14s %14s %7s  %s%n", "stage", "measure", "project", "limit", "ratio",
                "note"));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-12s %-34s %14s %14s %7s  %s%n", row.stage(),
                    row.measure() + " (" + row.unit() + ")", number(row.project()), number(row.limit()),
                    row.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", row.ratio()),
                    row.note() == null ? "" : row.note()));
        }
        return out.toString();
    }

    /** The same rows as a Markdown table (for the README). */
    public String markdown() {
        StringBuilder out = new StringBuilder("| stage | measure | project | limit | ratio | note |\n|---|---|---:|---:|---:|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.stage()).append(" | ").append(row.measure()).append(" (").append(row.unit())
                    .append(") | ").append(number(row.project())).append(" | ").append(number(row.limit())).append(" | ")
                    .append(row.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", row.ratio())).append(" | ")
                    .append(row.note() == null ? "" : row.note()).append(" |\n");
        }
        return out.toString();
    }

    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this));
    }

    static String number(Double value) {
        if (value == null) {
            return "-";
        }
        double abs = Math.abs(value);
        return String.format(Locale.ROOT, abs >= 100 ? "%,.0f" : abs >= 10 ? "%.1f" : "%.2f", value);
    }
}
