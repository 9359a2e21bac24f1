package org.imhfinder.runtime.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code /health} (alive), {@code /ready} (able to do its work) and {@code /metrics} (Prometheus text,
 * also to {@code HEAD}, which a scraper or a load balancer may send to check it), on every process.
 */
public final class OpsRoutes extends RouteBuilder {
    public static final String HEALTH = "ops-health";
    public static final String READY = "ops-ready";
    public static final String METRICS = "ops-metrics";

    private final PrometheusMeterRegistry meters;

    public OpsRoutes(PrometheusMeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void configure() {
        from("platform-http:/health?httpMethodRestrict=GET").routeId(HEALTH)
                .process(new HealthReport(HealthReport.Kind.LIVENESS));
        from("platform-http:/ready?httpMethodRestrict=GET").routeId(READY)
                .process(new HealthReport(HealthReport.Kind.READINESS));
        from("platform-http:/metrics?httpMethodRestrict=GET,HEAD").routeId(METRICS)
                .process(new PrometheusScrape(meters));
    }
}
