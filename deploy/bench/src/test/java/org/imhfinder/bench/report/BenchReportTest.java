package org.imhfinder.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.imhfinder.schema.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
    private final BenchReport report = new BenchReport(Instant.parse("2026-05-01T08:00:00Z"), "full",
            new Machine(2, 3.5, 4.25, "17", "Linux amd64"), 812, List.of(
                    Row.rate("crawl", "crawl", "pages/s to imh.pages.v1", "pages/s", 150, 600, "10,000 pages"),
                    Row.cost("search-p50", "search", "p50 latency", "ms", 8, 4.0, null),
                    Row.figure("memory-kafka", "memory", "peak RSS, kafka", "MB", 371, null)));

    @Test
    void aRateIsProjectOverLimitAndACostLimitOverProject() {
        assertThat(report.rows().get(0).ratio()).isEqualTo(0.25);
        assertThat(report.rows().get(1).ratio()).isEqualTo(0.5);
        assertThat(report.rows().get(2).ratio()).isNull();
    }

    @Test
    void theTableHasTheMachineAndOneLinePerRow() {
        String table = report.table();

        assertThat(table).contains("2 cores", "load average 3.50 at start, 4.25 at end");
        assertThat(table.lines().filter(l -> l.startsWith("crawl ") || l.startsWith("search ") || l.startsWith("memory ")))
                .hasSize(3);
        assertThat(table).contains("0.25").contains("0.50");
    }

    @Test
    void theJsonHoldsEveryRowWithItsFigures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/bench.json");

        report.writeJson(file);

        JsonNode json = Json.mapper().readTree(Files.readString(file));
        assertThat(json.path("rows")).hasSize(3);
        assertThat(json.path("rows").get(0).path("limit").asDouble()).isEqualTo(600.0);
        assertThat(json.path("machine").path("loadAverageAtStart").asDouble()).isEqualTo(3.5);
    }

    @Test
    void markdownHasAHeaderAndARowEach() {
        assertThat(report.markdown().lines()).hasSize(5);
    }
}
