package org.imhfinder.production.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imhfinder.production.Repository;
import org.imhfinder.production.YamlDocuments;

/** deploy/compose/grafana/metrics.yml: each metric the dashboard reads, who emits it, and whether it exists today. */
public final class MetricsCatalogue {
    /** One metric: {@code emitted} (a stage emits it now), {@code assumed} (expected) or {@code external}; and its emitter. */
    public record Entry(String status, String from, String meaning) {
    }

    private MetricsCatalogue() {
    }

    public static Map<String, Entry> read() {
        JsonNode metrics = YamlDocuments.readOne(Repository.file(DashboardTest.CATALOGUE)).path("metrics");
        Map<String, Entry> out = new LinkedHashMap<>();
        metrics.fields().forEachRemaining(e -> out.put(e.getKey(), new Entry(e.getValue().path("status").asText(),
                e.getValue().path("from").asText(), e.getValue().path("meaning").asText())));
        return out;
    }
}
