package org.imhfinder.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Ready while Elasticsearch answers and its cluster is at least yellow; not a liveness check (an outage is not our crash). */
public final class ElasticsearchHealthCheck extends AbstractHealthCheck {
    private final ElasticsearchClient client;

    public ElasticsearchHealthCheck(ElasticsearchClient client) {
        super("imh", "elasticsearch");
        this.client = client;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            HealthStatus status = client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status();
            if (status == HealthStatus.Red) {
                builder.down().message("cluster status red");
            } else {
                builder.up();
            }
        } catch (Exception e) {
            builder.down().message("Elasticsearch unreachable: " + e.getMessage());
        }
    }
}
