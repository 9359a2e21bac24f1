package org.imhfinder.searchapi.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A readiness check that answers within {@code wait} whatever its backend does. The check it wraps
 * runs on a thread of its own, one probe at a time: callers arriving while a probe is on its way
 * share it, and if it has not answered within {@code wait} they are told DOWN at once. So
 * {@code /ready} polled hard while Elasticsearch hangs ties up one thread, not one per request
 * (each would hold one of the HTTP server's worker threads for the client's whole timeout).
 */
public final class PromptHealthCheck extends AbstractHealthCheck {
    private final AbstractHealthCheck check;
    private final Duration wait;
    private final Executor prober;
    private CompletableFuture<HealthCheck.Result> probe;

    public PromptHealthCheck(AbstractHealthCheck check, Duration wait) {
        super(check.getGroup(), check.getId());
        this.check = check;
        this.wait = wait;
        this.prober = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "imh-probe-" + check.getId());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        check.setCamelContext(camelContext);
    }

    @Override
    public boolean isLiveness() {
        return check.isLiveness();
    }

    @Override
    public boolean isReadiness() {
        return check.isReadiness();
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            HealthCheck.Result result = probe(options).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            builder.state(result.getState());
            result.getMessage().ifPresent(builder::message);
            result.getError().ifPresent(builder::error);
        } catch (TimeoutException e) {
            builder.down().message(check.getId() + " has not answered within " + wait.toMillis() + " ms");
        } catch (ExecutionException e) {
            builder.down().message(check.getId() + " check failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.down().message("interrupted");
        }
    }

    /** The probe on its way, or a new one when none is. */
    private synchronized CompletableFuture<HealthCheck.Result> probe(Map<String, Object> options) {
        if (probe == null || probe.isDone()) {
            probe = CompletableFuture.supplyAsync(() -> check.call(options), prober);
        }
        return probe;
    }
}
