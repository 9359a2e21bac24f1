package org.imhfinder.es;

/**
 * The programs index document: a {@link org.imhfinder.schema.ProgramListing} as JSON (its field
 * names unchanged, {@code freshness} filled in by the indexer) plus the fields below, which the
 * indexer writes and the search API reads. The template (es/programs-template-v1.json) maps them.
 */
public final class IndexFields {
    /** Completion inputs: the program's and the provider's names. */
    public static final String SUGGEST = "suggest";

    public static final String FRESHNESS_STATUS = "freshness.status";
    public static final String FRESHNESS_REASONS = "freshness.reasons";
    public static final String LAST_SEEN_AT = "freshness.lastSeenAt";
    public static final String LAST_CHANGED_AT = "freshness.lastChangedAt";
    public static final String LAST_CONFIRMED_AT = "freshness.lastConfirmedAt";

    /**
     * The curators' state of the listing: {@code retired} (boolean), {@code snoozedUntil} (date),
     * {@code overriddenFields} (keywords), {@code lastAction}, {@code lastDecisionAt},
     * {@code lastDecisionBy}.
     */
    public static final String CURATION = "curation";
    public static final String RETIRED = "curation.retired";
    public static final String SNOOZED_UNTIL = "curation.snoozedUntil";

    /** Key fields whose value changed since the last confirmation (what CONTENT_CHANGED is about). */
    public static final String CHANGED_FIELDS = "changedFields";

    /** How urgently a curator should look: 0 nothing to review, higher more urgent (gone and changed above aging). */
    public static final String REVIEW_PRIORITY = "reviewPriority";

    /** Earlier URLs of the listing (it moved). */
    public static final String PREVIOUS_URLS = "previousUrls";

    /** Stored, not indexed: freshness transitions and curator decisions, oldest first ({@code at}, {@code kind}, {@code detail}...). */
    public static final String HISTORY = "history";

    private IndexFields() {
    }
}
