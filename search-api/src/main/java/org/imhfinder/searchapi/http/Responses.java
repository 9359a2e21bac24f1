package org.imhfinder.searchapi.http;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * Writes answers: the body, its type and status, and the headers every answer carries (no MIME
 * sniffing, no caching of API answers, the CORS headers {@link ApiGate} decided on).
 */
public final class Responses {
    /** Exchange property: the origin allowed to read this answer (set by {@link ApiGate}). */
    public static final String CORS_ORIGIN = "imh.cors.origin";

    private static final com.fasterxml.jackson.databind.ObjectMapper API_JSON = Json.mapper().copy()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);

    private Responses() {
    }

    public static void json(Exchange exchange, int status, Object body) {
        write(exchange, status, "application/json", write(body));
    }

    /** JSON as the API answers it: unlike records on topics, absent values are written as null, so clients see every member. */
    public static String write(Object body) {
        try {
            return API_JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the answer as JSON", e);
        }
    }

    public static void write(Exchange exchange, int status, String contentType, Object body) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setHeader("X-Content-Type-Options", "nosniff");
        message.setHeader("Cache-Control", "no-store");
        corsHeaders(exchange);
        message.setBody(body);
    }

    /** A refusal as a problem document (RFC 9457), {@code instance} the request's path. */
    public static void problem(Exchange exchange, ApiProblem problem, String instance) {
        write(exchange, problem.status(), WriteProblem.CONTENT_TYPE, WriteProblem.document(problem, instance));
        Object retryAfter = problem.extensions().get("retryAfterSeconds");
        if (retryAfter != null) {
            exchange.getMessage().setHeader("Retry-After", retryAfter.toString());
        }
    }

    static void corsHeaders(Exchange exchange) {
        String origin = exchange.getProperty(CORS_ORIGIN, String.class);
        if (origin != null) {
            exchange.getMessage().setHeader("Access-Control-Allow-Origin", origin);
            exchange.getMessage().setHeader("Access-Control-Expose-Headers", "Retry-After");
            exchange.getMessage().setHeader("Vary", "Origin");
        }
    }
}
