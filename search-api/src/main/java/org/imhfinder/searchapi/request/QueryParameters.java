package org.imhfinder.searchapi.request;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;

/**
 * The query string of a request, read from the raw URL (never from headers, which a client could
 * set to look like parameters). Unknown names are refused, so a misspelt filter is a 400 rather
 * than a silently wider search. A filter's values may be repeated or comma-separated.
 */
public final class QueryParameters {
    private static final int MAX_QUERY_STRING = 8192;

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters, checked against the names the endpoint knows. */
    public static QueryParameters of(Exchange exchange, Set<String> known) {
        return parse(exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class), known);
    }

    public static QueryParameters parse(String query, Set<String> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return new QueryParameters(values);
        }
        if (query.length() > MAX_QUERY_STRING) {
            throw new ApiProblem(414, "URI too long", "the query string is longer than " + MAX_QUERY_STRING + " characters");
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query string");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            if (!known.contains(name)) {
                throw ApiProblem.badParameter(name, "unknown parameter (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new QueryParameters(values);
    }

    /** A parameter given at most once; blank counts as absent. */
    public Optional<String> single(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw ApiProblem.badParameter(name, "give it once");
        }
        return given.isEmpty() || given.get(0).isBlank() ? Optional.empty() : Optional.of(given.get(0).trim());
    }

    /** Every value of a parameter, repeated or comma-separated, trimmed, blanks dropped. */
    public List<String> list(String name) {
        List<String> all = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    all.add(part.trim());
                }
            }
        }
        return all;
    }

    private static String decode(String text, String what) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter(what, "malformed percent-encoding");
        }
    }
}
