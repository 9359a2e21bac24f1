package org.imhfinder.localstack.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One local website on its own port of 127.0.0.1 (so each site is its own host for the
 * crawler). Serves its {@link SiteContent} with ETag and Last-Modified and answers conditional
 * requests with 304; scripted {@link Response}s override paths (redirects, errors, slow pages);
 * every request is recorded, for tests that check what a crawler asked and when.
 */
public final class Site {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final String name;
    private final SiteContent content;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Clock clock;
    private final Map<String, Deque<Response>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastModified = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Instant defaultLastModified = Instant.parse("2026-01-05T09:00:00Z");
    private volatile boolean conditionalRequests = true;

    Site(String name, SiteContent content, int port, Clock clock) throws IOException {
        this.name = name;
        this.content = content;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "site-" + name);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String name() {
        return name;
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI baseUri() {
        return URI.create("http://" + authority() + "/");
    }

    /** {@code 127.0.0.1:PORT}: the site's host as a sources file's allowedHosts spells it. */
    public String authority() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public URI uri(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * Scripts the answers for a path (with its query, if any): each request takes the next
     * answer; the last one repeats.
     */
    public void respond(String pathAndQuery, Response... answers) {
        scripted.put(pathAndQuery, new ConcurrentLinkedDeque<>(List.of(answers)));
    }

    /** Forgets every scripted answer. */
    public void resetResponses() {
        scripted.clear();
    }

    /** Marks a page as changed now: a new Last-Modified (content is whatever the files hold). */
    public void touch(String path, Instant when) {
        lastModified.put(path, when);
    }

    /**
     * Whether the site answers conditional requests (a 304 when {@code If-None-Match} or
     * {@code If-Modified-Since} says the client has the page); false: every request gets the whole
     * page, as from a server that ignores validators, so a crawler re-reads everything it fetches.
     */
    public void answerConditionalRequests(boolean answer) {
        conditionalRequests = answer;
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String target = query == null ? path : path + "?" + query;
            Response response = scriptedResponse(target).orElseGet(() -> fromContent(path, query, exchange));
            if (!response.delay().isZero()) {
                sleep(response);
            }
            requests.add(new RecordedRequest(exchange.getRequestMethod(), path, query, headers(exchange),
                    clock.instant(), response.status()));
            send(exchange, response);
        }
    }

    private Optional<Response> scriptedResponse(String target) {
        Deque<Response> answers = scripted.get(target);
        if (answers == null || answers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answers.size() > 1 ? answers.pollFirst() : answers.peekFirst());
    }

    private Response fromContent(String path, String query, HttpExchange exchange) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        relative = java.net.URLDecoder.decode(relative, StandardCharsets.UTF_8);
        for (String candidate : candidates(relative, query)) {
            Optional<byte[]> bytes = content.read(candidate);
            if (bytes.isPresent()) {
                return page(path, candidate, bytes.get(), exchange);
            }
        }
        return Response.of(404, "text/html; charset=utf-8",
                "<html><body><h1>Page not found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
    }

    /** Where a path may live: the file itself, a query-named file, NAME.html, NAME/index.html. */
    private static List<String> candidates(String relative, String query) {
        List<String> candidates = new ArrayList<>();
        if (query != null) {
            candidates.add(relative + "@" + java.net.URLDecoder.decode(query, StandardCharsets.UTF_8));
        }
        if (relative.isEmpty() || relative.endsWith("/")) {
            candidates.add(relative + "index.html");
        } else {
            candidates.add(relative);
            candidates.add(relative + ".html");
            candidates.add(relative + "/index.html");
        }
        return candidates;
    }

    private Response page(String path, String file, byte[] body, HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType(file));
        content.read(file + ".headers").ifPresent(extra -> parseHeaders(extra, headers));
        String etag = "\"" + sha1(body) + "\"";
        Instant modified = lastModified.getOrDefault(path, defaultLastModified);
        headers.put("ETag", etag);
        headers.put("Last-Modified", HTTP_DATE.format(modified.atZone(ZoneOffset.UTC)));
        if (conditionalRequests && notModified(exchange, etag, modified)) {
            return new Response(304, Map.of("ETag", etag), new byte[0], null);
        }
        return new Response(200, headers, body, null);
    }

    private static boolean notModified(HttpExchange exchange, String etag, Instant modified) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(etag);
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                return !modified.isAfter(ZonedDateTime.parse(ifModifiedSince, HTTP_DATE).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static void parseHeaders(byte[] text, Map<String, String> headers) {
        for (String line : new String(text, StandardCharsets.UTF_8).split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
    }

    static String contentType(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "xml" -> "application/xml";
            case "gz" -> "application/gzip";
            case "txt" -> "text/plain; charset=utf-8";
            case "css" -> "text/css";
            case "js" -> "application/javascript";
            case "json" -> "application/json";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> "text/html; charset=utf-8";
        };
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        boolean noBody = head || response.status() == 304 || response.status() == 204 || response.body().length == 0;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            } catch (IOException clientGaveUp) {
                // a client that times out or stops reading (a size cap) closes the connection early
            }
        }
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        return headers;
    }

    private static void sleep(Response response) {
        try {
            Thread.sleep(response.delay().toMillis()); // a scripted slow server
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha1(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
