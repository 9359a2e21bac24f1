package org.imhfinder.schema;

/** How current a listing is (DESIGN.md, "Freshness"). */
public enum FreshnessStatus {
    FRESH,
    AGING,
    STALE,
    GONE,
    RETIRED
}
