package org.imhfinder.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.imhfinder.config.Settings;

/** What a stage gets to install itself: its settings, the Camel context and the process's meters. */
public final class StageContext {
    private final Settings settings;
    private final CamelContext camel;
    private final MeterRegistry meters;

    StageContext(Settings settings, CamelContext camel, MeterRegistry meters) {
        this.settings = settings;
        this.camel = camel;
        this.meters = meters;
    }

    public Settings settings() {
        return settings;
    }

    public CamelContext camel() {
        return camel;
    }

    public MeterRegistry meters() {
        return meters;
    }

    public void addRoutes(RoutesBuilder... builders) throws Exception {
        for (RoutesBuilder builder : builders) {
            camel.addRoutes(builder);
        }
    }

    /** A readiness (and liveness) check that {@code /ready} and {@code /health} take into account. */
    public void addHealthCheck(HealthCheck check) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel);
        registry.register(check);
    }

    /** A resource (client, pool, server) that lives as long as Camel: started with it, stopped and closed with it. */
    public <T> T manage(T service) throws Exception {
        camel.addService(service, true, true);
        return service;
    }
}
