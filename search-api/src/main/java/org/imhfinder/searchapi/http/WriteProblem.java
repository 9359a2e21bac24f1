package org.imhfinder.searchapi.http;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.imhfinder.schema.Json;
import org.apache.camel.Processor;
import org.imhfinder.searchapi.query.SearchDeadline;
import org.imhfinder.searchapi.request.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a failed request as {@code application/problem+json} (RFC 9457): an {@link ApiProblem}
 * as it says; Elasticsearch or Kafka out of reach as 503; anything else as a 500 without
 * internals (logged here, with the request).
 */
final class WriteProblem implements Processor {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(WriteProblem.class);

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String instance = exchange.getMessage().getHeader(Exchange.HTTP_PATH, String.class);
        ApiProblem problem = problemOf(cause, exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class));
        Responses.problem(exchange, problem, instance == null ? exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class) : instance);
    }

    /** The problem document (RFC 9457) of a refused request. */
    static String document(ApiProblem problem, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("instance", instance);
        body.putAll(problem.extensions());
        return Json.write(body);
    }

    static ApiProblem problemOf(Exception cause, String uri) {
        if (cause instanceof SearchDeadline.Timeout timeout) {
            LOG.warn("{}: {}", uri, timeout.getMessage()); // one line: a hung backend is the operator's to see
            return timeout;
        }
        if (cause instanceof ApiProblem problem) {
            return problem; // the client's mistake, answered and not logged
        }
        if (isOutage(cause)) {
            LOG.warn("{}: a backend is out of reach: {}", uri, cause.toString());
            return ApiProblem.unavailable("the search backend is out of reach; try again shortly");
        }
        LOG.error("{} failed", uri, cause);
        return new ApiProblem(500, "Internal error", "the request could not be answered; it has been logged");
    }

    private static boolean isOutage(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof org.apache.kafka.common.errors.TimeoutException
                    || t instanceof ElasticsearchException e && e.status() >= 500) {
                return true;
            }
        }
        return false;
    }
}
