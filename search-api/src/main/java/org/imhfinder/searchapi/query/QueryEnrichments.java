package org.imhfinder.searchapi.query;

import org.imhfinder.vocabulary.Vocabulary;

/** The enrichment the search uses: the one place that chooses the vocabulary behind {@link QueryEnrichment}. */
public final class QueryEnrichments {
    private QueryEnrichments() {
    }

    /** The shared vocabulary of the {@code schema} module, the same normalize reads pages with. */
    public static QueryEnrichment standard() {
        return new VocabularyEnrichment(Vocabulary.standard());
    }
}
