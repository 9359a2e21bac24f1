package org.imhfinder.searchapi.query;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.schema.Education;

/**
 * A validated search: free text, exact filters by facet (OR within one, AND across), the
 * education a searcher holds, the order, the page size and where the page starts.
 * {@code interpret} false searches the text literally (no vocabulary).
 */
public record SearchRequest(
        String q,
        Map<Facet, Set<String>> filters,
        Education education,
        SortOrder sort,
        int size,
        Cursor cursor,
        boolean interpret) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /**
     * The longest query, in characters and in words: a person's question fits well within both (the
     * relevance set's longest is 11 words), and every clause the search builds grows with the words,
     * so the caps bound what any accepted query costs.
     */
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_QUERY_WORDS = 20;

    /** What {@code freshness} is when the client does not say: everything but GONE and RETIRED. */
    public static final Set<String> DEFAULT_FRESHNESS = Set.of("FRESH", "AGING", "STALE");

    public SearchRequest {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> copy.put(facet, Set.copyOf(values)));
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    public static SearchRequest text(String q) {
        return new SearchRequest(q, Map.of(), null, SortOrder.RELEVANCE, DEFAULT_SIZE, null, true);
    }

    /** The freshness statuses searched: the client's, or the default. */
    public Set<String> freshness() {
        return filters.getOrDefault(Facet.FRESHNESS, DEFAULT_FRESHNESS);
    }

    public SearchRequest withCursor(Cursor next) {
        return new SearchRequest(q, filters, education, sort, size, next, interpret);
    }

    public List<String> filterValues(Facet facet) {
        return filters.getOrDefault(facet, Set.of()).stream().sorted().toList();
    }
}
