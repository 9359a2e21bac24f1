package org.imhfinder.schema;

/** How current a listing is (README, "Indexing and freshness"). */
public enum FreshnessStatus {
    FRESH,
    AGING,
    STALE,
    GONE,
    RETIRED
}
