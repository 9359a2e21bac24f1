package org.imhfinder.schema;

/**
 * Where a crawl run is: fetching ({@code RUNNING}), done fetching ({@code FETCHED}), everything it
 * fetched normalized, indexed and searchable ({@code SETTLED}), or given up ({@code FAILED}).
 */
public enum CrawlState {
    RUNNING,
    FETCHED,
    SETTLED,
    FAILED;

    /** True once the run will not change state again. */
    public boolean isFinal() {
        return this == SETTLED || this == FAILED;
    }
}
