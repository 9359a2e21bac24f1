package org.imhfinder.schema;

/** What a curator decided about a listing. */
public enum CurationAction {
    /** The listing is right as it stands; counts as a confirmation for freshness. */
    CONFIRM,
    /** Take the listing out of default search for good, even when its page is crawled again. */
    RETIRE,
    /** Hide the listing's review flags until a date. */
    SNOOZE,
    /** Replace field values; the override survives later crawls of the page. */
    OVERRIDE
}
