package org.imhfinder.schema;

/** Why a listing needs a curator's attention. */
public enum ReviewReason {
    NOT_SEEN,
    SOURCE_GONE,
    SOURCE_MOVED,
    CONTENT_CHANGED,
    DEADLINE_PASSED,
    FETCH_ERRORS,
    EXTRACTION_DEGRADED
}
