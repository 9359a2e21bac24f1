package org.imhfinder.localstack.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A scripted answer for one path of a local site: a status, headers, a body and an optional delay. */
public record Response(int status, Map<String, String> headers, byte[] body, Duration delay) {
    public Response {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
        delay = delay == null ? Duration.ZERO : delay;
    }

    public static Response status(int status) {
        return new Response(status, Map.of("Content-Type", "text/plain"), ("status " + status).getBytes(StandardCharsets.UTF_8), null);
    }

    public static Response redirect(int status, String location) {
        return new Response(status, Map.of("Location", location), new byte[0], null);
    }

    public static Response html(String html) {
        return new Response(200, Map.of("Content-Type", "text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8), null);
    }

    public static Response of(int status, String contentType, byte[] body) {
        return new Response(status, Map.of("Content-Type", contentType), body, null);
    }

    /** The same answer, given only after {@code wait}. */
    public Response after(Duration wait) {
        return new Response(status, headers, body, wait);
    }

    /** The same answer with one more header. */
    public Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, more, body, delay);
    }
}
