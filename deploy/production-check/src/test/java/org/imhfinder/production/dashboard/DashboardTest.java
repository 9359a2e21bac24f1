package org.imhfinder.production.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.imhfinder.production.Repository;
import org.imhfinder.production.YamlDocuments;
import org.junit.jupiter.api.Test;

/** The pipeline dashboard shows what an operator watches, from the provisioned data source, reading only catalogued metrics. */
class DashboardTest {
    static final String DASHBOARD = "deploy/compose/grafana/dashboards/imh-pipeline.json";
    static final String CATALOGUE = "deploy/compose/grafana/metrics.yml";

    @Test
    void hasAPanelForEverythingAnOperatorWatches() {
        assertThat(panels()).extracting(p -> p.path("title").asText()).contains(
                "Pages fetched by outcome", "Listings by freshness status", "Consumer lag per stage",
                "Indexing rate", "Dead-letter rate", "API latency");
    }

    @Test
    void everyPanelQueriesTheProvisionedPrometheus() {
        JsonNode datasource = YamlDocuments.readOne(
                Repository.file("deploy/compose/grafana/provisioning/datasources/prometheus.yaml")).path("datasources").get(0);

        for (JsonNode panel : panels()) {
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("datasource").path("uid").asText()).isEqualTo(datasource.path("uid").asText());
                assertThat(target.path("expr").asText()).isNotBlank();
            }
        }
    }

    @Test
    void theDashboardReadsOnlyCataloguedMetricsAndTheCatalogueOnlyWhatItReads() {
        Set<String> used = new LinkedHashSet<>();
        panels().forEach(p -> p.path("targets").forEach(t -> used.addAll(PromQl.metricNames(t.path("expr").asText()))));

        assertThat(used).as("metrics the dashboard reads, all listed in " + CATALOGUE)
                .containsExactlyInAnyOrderElementsOf(MetricsCatalogue.read().keySet());
    }

    @Test
    void everyCataloguedMetricSaysWhoEmitsItAndWhetherItExistsToday() {
        MetricsCatalogue.read().forEach((name, entry) -> {
            assertThat(entry.status()).as(name).isIn("emitted", "assumed", "external");
            assertThat(entry.from()).as(name).isNotBlank();
        });
    }

    @Test
    void metricNamesAreReadFromQueries() {
        assertThat(PromQl.metricNames("sum by (status) (rate(imh_pages_total{stage=\"ingest\"}[$__rate_interval]))"))
                .containsExactly("imh_pages_total");
        assertThat(PromQl.metricNames("sum(rate(a_sum{x=~\"api-.*\"}[5m])) / sum(rate(a_count[5m])) or up"))
                .containsExactly("a_sum", "a_count", "up");
    }

    static List<JsonNode> panels() {
        try {
            JsonNode dashboard = new ObjectMapper().readTree(Repository.read(Repository.file(DASHBOARD)));
            return java.util.stream.StreamSupport.stream(dashboard.path("panels").spliterator(), false).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
