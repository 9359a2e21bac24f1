package org.imhfinder.schema;

/**
 * The Elasticsearch names the indexer writes and the search API reads. Searches always go
 * through the alias; the concrete index behind it carries a version ({@code imh-programs-v1-...}).
 */
public final class SearchIndex {
    /** The alias every search uses. */
    public static final String PROGRAMS_ALIAS = "imh-programs";

    private SearchIndex() {
    }
}
