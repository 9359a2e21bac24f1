package org.imhfinder.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.Service;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.service.ServiceSupport;
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

    /**
     * A resource (client, pool, server) that lives as long as Camel: started with it, stopped and
     * closed with it, after the routes that use it have stopped. Camel stops only its own
     * {@link Service}s; a plain {@link AutoCloseable} (a Kafka producer, an Elasticsearch client) it
     * would keep forever, sending from its threads after Kafka is gone, so it is closed through one.
     */
    public <T> T manage(T service) throws Exception {
        camel.addService(service instanceof Service || !(service instanceof AutoCloseable closeable)
                ? service : new Closing(closeable), true, true);
        return service;
    }

    /** Closes a resource when Camel stops its services. */
    static final class Closing extends ServiceSupport {
        private final AutoCloseable resource;

        Closing(AutoCloseable resource) {
            this.resource = resource;
        }

        @Override
        protected void doStop() throws Exception {
            resource.close();
        }
    }
}
