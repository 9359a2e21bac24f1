package org.imhfinder.searchapi.query;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.imhfinder.schema.Education;
import org.imhfinder.searchapi.request.ApiProblem;
import org.imhfinder.searchapi.request.QueryParameters;

/** Reads {@code GET /programs}'s query parameters into a {@link SearchRequest}; a bad one is a 400 naming it. */
public final class SearchParameters {
    /** Every parameter the endpoint takes (OpenAPI documents exactly these). */
    public static final Set<String> NAMES = names();

    /** A word as the search counts it: a run of letters or digits. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchParameters() {
    }

    public static SearchRequest read(QueryParameters parameters) {
        String q = parameters.single("q").map(SearchParameters::text).orElse(null);
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.list(facet.parameter());
            if (values.size() > 60) {
                throw ApiProblem.badParameter(facet.parameter(), "at most 60 values");
            }
            if (!values.isEmpty()) {
                Set<String> canonical = new LinkedHashSet<>();
                values.forEach(v -> canonical.add(facet.canonical(v)));
                filters.put(facet, canonical);
            }
        }
        Education education = parameters.list("education").stream()
                .map(v -> Education.valueOf(Facet.MINIMUM_EDUCATION.canonicalAs("education", v)))
                .max(Enum::compareTo).orElse(null);
        SortOrder sort = parameters.single("sort").map(SortOrder::parse).orElse(SortOrder.RELEVANCE);
        int size = parameters.single("size").map(SearchParameters::size).orElse(SearchRequest.DEFAULT_SIZE);
        boolean interpret = parameters.single("interpret").map(SearchParameters::bool).orElse(true);
        SearchRequest request = new SearchRequest(q, filters, education, sort, size, null, interpret);
        Cursor cursor = parameters.single("cursor").map(Cursor::decode).orElse(null);
        if (cursor != null) {
            cursor.checkBelongsTo(request);
        }
        return request.withCursor(cursor);
    }

    static String text(String q) {
        String cleaned = q.replaceAll("\\p{Cntrl}", " ").trim();
        if (cleaned.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw ApiProblem.badParameter("q", "at most " + SearchRequest.MAX_QUERY_LENGTH + " characters");
        }
        if (WORD.matcher(cleaned).results().count() > SearchRequest.MAX_QUERY_WORDS) {
            throw ApiProblem.badParameter("q", "at most " + SearchRequest.MAX_QUERY_WORDS + " words");
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    static int size(String text) {
        int size;
        try {
            size = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("size", "expected a whole number, got '" + text + "'");
        }
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw ApiProblem.badParameter("size", "must be between 1 and " + SearchRequest.MAX_SIZE);
        }
        return size;
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badParameter("interpret", "expected true or false, got '" + text + "'");
        };
    }

    private static Set<String> names() {
        Set<String> names = new LinkedHashSet<>(List.of("q"));
        Stream.of(Facet.values()).map(Facet::parameter).forEach(names::add);
        names.addAll(List.of("education", "sort", "size", "cursor", "interpret"));
        return java.util.Collections.unmodifiableSet(names);
    }
}
