package org.imhfinder.searchapi.http;

import io.vertx.core.net.SocketAddress;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * The first step of every API route: decides whether the caller's origin may read the answer
 * (CORS, from {@code IMH_API_CORS_ORIGINS}) and takes the request's cost from the client's rate limit
 * (429 with {@code Retry-After} when it is used up; see {@link #cost}). The client is the connection's address, or
 * with {@code IMH_API_CLIENT_ADDRESS_HEADER} behind a trusted proxy, the last address in that header.
 */
public final class ApiGate implements Processor {
    private final RateLimiter limiter;
    private final List<String> corsOrigins;
    private final String clientHeader;

    public ApiGate(RateLimiter limiter, List<String> corsOrigins, String clientHeader) {
        this.limiter = limiter;
        this.corsOrigins = List.copyOf(corsOrigins);
        this.clientHeader = clientHeader == null || clientHeader.isBlank() ? null : clientHeader.trim();
    }

    @Override
    public void process(Exchange exchange) {
        allowOrigin(exchange);
        long wait = limiter.acquire(client(exchange), cost(exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class)));
        if (wait > 0) {
            throw tooMany(wait);
        }
    }

    /**
     * What a request costs against the client's rate limit: one token, and one more for every
     * {@value #WORDS_PER_TOKEN} words of {@code q}. Every word of a query adds clauses to each of up
     * to five searches (the strict one and the relaxations), so a burst of long queries uses up its
     * client's bucket sooner instead of taking the search permits other clients need. An unreadable
     * query string costs one: the endpoint refuses it with a 400 of its own.
     */
    static int cost(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return 1;
        }
        for (String pair : rawQuery.split("&", 64)) {
            if (pair.startsWith("q=")) {
                try {
                    String q = java.net.URLDecoder.decode(pair.substring(2), java.nio.charset.StandardCharsets.UTF_8);
                    return 1 + (int) WORD.matcher(q).results().limit(1000).count() / WORDS_PER_TOKEN;
                } catch (IllegalArgumentException e) {
                    return 1;
                }
            }
        }
        return 1;
    }

    static final int WORDS_PER_TOKEN = 5;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    static ApiProblem tooMany(long wait) {
        return new ApiProblem(429, "Too many requests", "this client sent more requests than allowed; retry in "
                + wait + " s", Map.of("retryAfterSeconds", wait));
    }

    /** Notes the origin the answer may name in {@code Access-Control-Allow-Origin}, when the caller's is allowed. */
    public void allowOrigin(Exchange exchange) {
        allowedOrigin(exchange.getMessage().getHeader("Origin", String.class))
                .ifPresent(origin -> exchange.setProperty(Responses.CORS_ORIGIN, origin));
    }

    /** The origin to name in {@code Access-Control-Allow-Origin}, when the caller's is allowed. */
    java.util.Optional<String> allowedOrigin(String origin) {
        if (origin == null || corsOrigins.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (corsOrigins.contains("*")) {
            return java.util.Optional.of("*");
        }
        return corsOrigins.stream().filter(o -> o.equalsIgnoreCase(origin)).findFirst();
    }

    String client(Exchange exchange) {
        String forwarded = clientHeader == null ? null : exchange.getMessage().getHeader(clientHeader, String.class);
        Object remote = exchange.getMessage().getHeader(VertxPlatformHttpConstants.REMOTE_ADDRESS);
        return client(forwarded, remote instanceof SocketAddress address ? address.hostAddress()
                : remote == null ? null : remote.toString());
    }

    /** The client of a request: the last address of the trusted header when configured and given, else the connection's. */
    String client(String forwarded, String remote) {
        if (clientHeader != null && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return remote == null ? "unknown" : remote;
    }

    /** The name of the header that names the client behind a trusted proxy; null when the connection's address counts. */
    String clientHeader() {
        return clientHeader;
    }

    /** Takes one request from the client's rate limit: 0 when allowed, else the seconds to wait. */
    long admit(String client) {
        return limiter.acquire(client);
    }
}
