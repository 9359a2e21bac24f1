package org.imhfinder.searchapi.query;

/** The enrichment the search uses: the one place that chooses the vocabulary behind {@link QueryEnrichment}. */
public final class QueryEnrichments {
    private QueryEnrichments() {
    }

    public static QueryEnrichment standard() {
        return QueryEnrichment.LITERAL;
    }
}
