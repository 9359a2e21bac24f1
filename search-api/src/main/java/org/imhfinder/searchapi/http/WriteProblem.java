package org.imhfinder.searchapi.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.schema.Json;

/** Answers an {@link ApiProblem} (or any other failure, as a 500 without internals) as {@code application/problem+json}. */
final class WriteProblem implements Processor {
    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        ApiProblem problem = cause instanceof ApiProblem p ? p
                : new ApiProblem(500, "Internal error", "the request could not be answered; it has been logged");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("instance", exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class));
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/problem+json");
        exchange.getMessage().setBody(Json.write(body));
    }
}
