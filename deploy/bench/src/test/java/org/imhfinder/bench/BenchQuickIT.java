package org.imhfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.schema.Json;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code imh bench --quick} as a person runs it: it starts what it needs, finishes, prints the
 * table and writes JSON with every row (search: the knee, the API against Elasticsearch at it and at half of
 * it, the API's own time, one search repeated). The figures are not checked (they are the machine's).
 */
class BenchQuickIT {
    @Test
    void theQuickRunMeasuresEveryPairAndWritesEveryRow() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench-it"));
        Path json = dir.resolve("bench.json");
        Files.deleteIfExists(json);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = new CommandLine(new BenchCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .execute("--quick", "--json", json.toString(), "--work-dir", dir.resolve("work").toString());

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        JsonNode report = Json.mapper().readTree(json.toFile());
        List<String> ids = new ArrayList<>();
        report.path("rows").forEach(row -> ids.add(row.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(BenchRun.ROW_IDS);
        report.path("rows").forEach(row -> assertThat(row.path("project").isNumber()).as(row.toString()).isTrue());
        assertThat(report.path("machine").path("cores").asInt()).isPositive();
        assertThat(output).contains("crawl", "extract", "index", "end to end", "search", "memory", "knee",
                "one search repeated", "API's own time");
        report.path("rows").forEach(row -> {
            if (row.path("id").asText().matches("search-(p50|p99|half-p50|half-p99|repeated-p50|repeated-p99)")) {
                assertThat(row.path("limit").isNumber()).as("API and direct side by side: " + row).isTrue();
            }
        });
    }
}
