package org.imhfinder.runtime;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicyFactory;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.SimpleMainShutdownStrategy;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.runtime.deadletter.DeadLetterRoutes;
import org.imhfinder.runtime.kafka.KafkaSetup;
import org.imhfinder.runtime.ops.ConsumerHealth;
import org.imhfinder.runtime.ops.ConsumerWatch;
import org.imhfinder.runtime.ops.OpsRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One process of the pipeline: Camel Main running one or more {@link Stage}s, with the HTTP
 * server ({@code IMH_HTTP_HOST}:{@code IMH_HTTP_PORT}) serving {@code /health}, {@code /ready}
 * and {@code /metrics}, the Kafka component configured once, and the dead-letter route.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Main main;
    private final CountDownLatch stopped;
    private final PrometheusMeterRegistry meters;
    private final String name;

    private Pipeline(Main main, CountDownLatch stopped, PrometheusMeterRegistry meters, String name) {
        this.main = main;
        this.stopped = stopped;
        this.meters = meters;
        this.name = name;
    }

    /**
     * Starts the stages and returns once Camel has started them and the HTTP server listens; fails
     * with the cause if it cannot (an HTTP address that cannot be bound is a {@link ConfigException},
     * found before anything starts when it can be).
     */
    public static Pipeline start(Settings settings, List<? extends Stage> stages) {
        for (Stage stage : stages) {
            stage.check(settings);
        }
        HttpBinding.checkBindable(settings);
        String name = stages.stream().map(Stage::name).collect(Collectors.joining("+"));
        PrometheusMeterRegistry meters = meterRegistry(name);
        Main main = new Main();
        main.setShutdownStrategy(new SimpleMainShutdownStrategy()); // the launcher decides when to stop, not SIGTERM
        main.setOverrideProperties(camelProperties(settings, name));
        main.bind(MicrometerConstants.METRICS_REGISTRY_NAME, meters);
        main.bind("imhSettings", settings);
        CompletableFuture<Void> started = new CompletableFuture<>();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport main) {
                try {
                    install(main.getCamelContext(), settings, meters, stages);
                } catch (Exception e) {
                    started.completeExceptionally(e);
                    throw new IllegalStateException("cannot install " + name + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void afterStart(BaseMainSupport main) {
                started.complete(null);
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Thread runner = new Thread(() -> run(main, started, stopped), "imh-" + name);
        runner.start();
        awaitStart(main, started, name);
        Pipeline pipeline = new Pipeline(main, stopped, meters, name);
        try {
            HttpBinding.verifyBound(main.getCamelContext(), settings);
        } catch (ConfigException e) {
            pipeline.close();
            throw e;
        }
        LOG.info("{} running; HTTP on {}:{}", name, settings.get(ConfigKeys.HTTP_HOST), pipeline.httpPort());
        return pipeline;
    }

    public CamelContext camel() {
        return main.getCamelContext();
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /** The port the HTTP server listens on (the one chosen when {@code IMH_HTTP_PORT} is 0). */
    public int httpPort() {
        return HttpBinding.boundPort(main.getCamelContext());
    }

    /** Blocks until the pipeline has stopped (by {@link #close()} from another thread). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Stops every route (consumers finish their current record), then the HTTP server. */
    @Override
    public void close() {
        main.completed();
        try {
            if (!stopped.await(60, TimeUnit.SECONDS)) {
                LOG.warn("{} did not stop within 60 s", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        meters.close();
    }

    private static void install(CamelContext camel, Settings settings, PrometheusMeterRegistry meters,
                                List<? extends Stage> stages) throws Exception {
        camel.setAllowUseOriginalMessage(true);
        camel.addRoutePolicyFactory(new MicrometerRoutePolicyFactory());
        KafkaComponent kafka = camel.getComponent("kafka", KafkaComponent.class);
        KafkaSetup.configure(kafka, settings);
        ConsumerWatch consumers = new ConsumerWatch();
        kafka.setKafkaClientFactory(consumers);
        ConsumerHealth.install(camel, settings, consumers);
        camel.addRoutes(new OpsRoutes(meters));
        camel.addRoutes(new DeadLetterRoutes());
        StageContext context = new StageContext(settings, camel, meters);
        for (Stage stage : stages) {
            stage.install(context);
        }
    }

    private static void run(Main main, CompletableFuture<Void> started, CountDownLatch stopped) {
        try {
            main.run();
        } catch (Exception e) {
            started.completeExceptionally(e);
        } finally {
            started.completeExceptionally(new IllegalStateException("stopped before it started"));
            stopped.countDown();
        }
    }

    private static void awaitStart(Main main, CompletableFuture<Void> started, String name) {
        try {
            started.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            main.completed();
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException config) { // a setting to change, not a failure to start
                throw new ConfigException(name + ": " + config.getMessage(), config);
            }
            throw new PipelineStartException(name + " could not start: " + rootMessage(cause), cause);
        } catch (TimeoutException e) {
            main.completed();
            throw new PipelineStartException(name + " did not start within " + START_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            main.completed();
            throw new PipelineStartException(name + ": interrupted while starting", e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root.getMessage() + ")";
    }

    private static Properties camelProperties(Settings settings, String name) {
        Properties properties = settings.asProperties();
        properties.setProperty("camel.main.name", "imh-" + name);
        properties.setProperty("camel.main.shutdownTimeout", "15");
        properties.setProperty("camel.main.jmxEnabled", "false");
        properties.setProperty("camel.server.enabled", "true");
        properties.setProperty("camel.server.host", settings.get(ConfigKeys.HTTP_HOST));
        properties.setProperty("camel.server.port", String.valueOf(settings.get(ConfigKeys.HTTP_PORT)));
        // no request this project serves has a body over 1 MiB; a larger one is refused (413) before it is buffered
        properties.setProperty("camel.server.maxBodySize", String.valueOf(1024 * 1024));
        properties.setProperty("camel.health.enabled", "true");
        properties.setProperty("camel.health.routesEnabled", "true");
        properties.setProperty("camel.health.consumersEnabled", "true");
        properties.setProperty("camel.health.registryEnabled", "true");
        properties.setProperty("camel.health.exposureLevel", "full");
        return properties;
    }

    private static PrometheusMeterRegistry meterRegistry(String name) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("process", name);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }
}
