package org.imhfinder.schema;

/** The pipeline's stages, as named in metrics tags, dead letters and the command line. */
public final class StageNames {
    public static final String INGEST = "ingest";
    public static final String NORMALIZE = "normalize";
    public static final String INDEXER = "indexer";
    public static final String SEARCH_API = "search-api";

    private StageNames() {
    }
}
