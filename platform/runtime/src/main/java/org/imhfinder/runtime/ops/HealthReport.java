package org.imhfinder.runtime.ops;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.imhfinder.schema.Json;

/**
 * Answers a health probe from Camel's health checks (routes, consumers and each stage's own
 * checks): 200 when every check is UP, 503 otherwise, with each check's state as JSON.
 */
final class HealthReport implements Processor {
    enum Kind { LIVENESS, READINESS }

    private final Kind kind;

    HealthReport(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void process(Exchange exchange) {
        Collection<HealthCheck.Result> results = kind == Kind.READINESS
                ? HealthCheckHelper.invokeReadiness(exchange.getContext())
                : HealthCheckHelper.invokeLiveness(exchange.getContext());
        boolean started = exchange.getContext().getStatus().isStarted();
        boolean up = started && results.stream().allMatch(r -> r.getState() == HealthCheck.State.UP);
        Map<String, Object> checks = new LinkedHashMap<>();
        for (HealthCheck.Result result : results) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("state", result.getState().name());
            result.getMessage().ifPresent(m -> check.put("message", m));
            result.getError().ifPresent(e -> check.put("error", e.getMessage()));
            checks.put(result.getCheck().getId(), check);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, up ? 200 : 503);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(Json.write(body));
    }
}
