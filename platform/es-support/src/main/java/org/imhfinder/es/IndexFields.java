package org.imhfinder.es;

import java.util.ArrayList;
import java.util.List;
import org.imhfinder.schema.ListingField;

/**
 * The programs index document: the contract between the indexer, which writes it, and the search
 * API, which reads it. The template {@code es/programs-template-v1.json} maps every field named here.
 *
 * <h2>Shape</h2>
 * A {@link org.imhfinder.schema.ProgramListing} as JSON, field names unchanged, as a reader should
 * see it: curator overrides applied (see {@code curation.overriddenFields}; their provenance says
 * {@code CURATOR}), {@code sourceUrl} the listing's current page (it follows moves), and
 * {@code freshness} filled in:
 * <pre>
 * freshness   {lastSeenAt, lastChangedAt, lastConfirmedAt, status, reasons}   (README, "Indexing and freshness")
 * </pre>
 * plus these fields:
 * <pre>
 * suggest          completion inputs (program name, provider name), with a "status" context
 *                  (the freshness status) so autocomplete can leave out GONE and RETIRED listings
 * curation         {retired, retiredAt, snoozedUntil, snoozedReasons, overriddenFields,
 *                   lastConfirmedAt, lastAction, lastDecisionAt, lastDecisionBy}
 * changedFields    key fields whose extracted value changed since the last confirmation
 * changes          for curators: each changed field as {from, to}, its value at the last confirmation
 *                  (or first extraction) and as extracted now; null is "not stated", no "from" when
 *                  the baseline predates kept values
 * reviewPriority   0 = nothing to review; otherwise 1-100, most urgent highest
 * previousUrls     earlier pages of the listing, oldest first
 * alsoDescribedOn  the program's other pages (a listing is assembled from every page describing it:
 *                  sourceUrl is its own page, these are summaries on hubs and directories, details pages)
 * conflicts        for curators: [{field, url, value}] where a page as trusted as the program's own
 *                  states another value of a key field (the own page's value is shown)
 * history          stored, not indexed: freshness transitions (at, kind, status), oldest first
 * reviewHistory    stored, not indexed, for curators: transitions with reasons and details, and
 *                  every decision with who, when and the note, oldest first
 * indexer          the indexer's own bookkeeping
 * </pre>
 * Anonymous clients see only {@link #PUBLIC} (an allow-list built from the listing field
 * catalogue); curation, review reasons and priority, changed fields, the review history and the
 * indexer's bookkeeping are for the curator endpoints.
 * <pre>
 * </pre>
 *
 * <h2>Semantics a reader relies on</h2>
 * <ul>
 *   <li>{@code freshness.status}: FRESH, AGING, STALE by the age of {@code lastConfirmedAt};
 *       GONE when the page answered 404/410 or stopped yielding the listing after it was last
 *       seen; RETIRED once a curator retired it, for good, whatever later crawls say. Default
 *       search leaves out GONE and RETIRED.</li>
 *   <li>{@code freshness.reasons}: why a curator should look (ReviewReason names). Empty while the
 *       listing is snoozed ({@code curation.snoozedUntil} today or later, UTC); the hidden reasons
 *       are in {@code curation.snoozedReasons}. Empty for RETIRED listings.</li>
 *   <li>{@code freshness.lastConfirmedAt} is the later of {@code lastSeenAt} and the last CONFIRM;
 *       {@code curation.lastConfirmedAt} is the last CONFIRM alone. CONTENT_CHANGED and
 *       {@code changedFields} compare key fields with their values at the last CONFIRM (or at the
 *       first extraction when nobody confirmed yet): a crawl that merely sees the page does not
 *       accept a change.</li>
 *   <li>{@code reviewPriority} orders the review queue: SOURCE_GONE 60, CONTENT_CHANGED 50,
 *       EXTRACTION_DEGRADED 45, SOURCE_MOVED 40, FETCH_ERRORS 35, DEADLINE_PASSED 30, NOT_SEEN 20
 *       (25 when STALE), plus 2 per further reason; 0 when there are no visible reasons.
 *       The queue is {@code reviewPriority > 0} sorted by it, then by {@code freshness.lastConfirmedAt} ascending.</li>
 *   <li>Sorts: {@code updated} is {@code freshness.lastChangedAt}; {@code deadline} is
 *       {@code applicationDeadline}. Facets and filters use the keyword fields: {@code credential},
 *       {@code delivery}, {@code topics}, {@code components}, {@code minimumEducation},
 *       {@code location.region}, {@code sourceId}, {@code track}, {@code provider.type},
 *       {@code freshness.status}, {@code freshness.reasons}.</li>
 *   <li>{@code reviewHistory} entries, oldest first, each with {@code at} and {@code kind}:
 *       {@code INDEXED}, {@code STATUS}, {@code MOVED}, {@code CONTENT_CHANGED} carry
 *       {@code status} and {@code reasons} (right after the entry) and a {@code detail};
 *       {@code DECISION} entries carry {@code decisionId}, {@code action}, {@code by},
 *       {@code note}, and {@code until} (SNOOZE) or {@code fields} (OVERRIDE). Every decision is
 *       there; freshness entries keep the latest 100.</li>
 * </ul>
 */
public final class IndexFields {
    // --- the listing's own fields as searched, filtered, sorted and counted (names as ListingField writes them)
    public static final String ID = ListingField.ID.json();
    public static final String NAME = ListingField.NAME.json();
    public static final String LEVEL = ListingField.LEVEL.json();
    /** The level as one keyword (the level's name, for counting levels). */
    public static final String LEVEL_KEYWORD = LEVEL + ".keyword";
    public static final String PROVIDER_NAME = ListingField.PROVIDER.json() + ".name";
    public static final String ALIGNS_WITH = ListingField.ALIGNS_WITH.json();
    public static final String AUDIENCE = ListingField.AUDIENCE.json();
    public static final String DESCRIPTION = ListingField.DESCRIPTION.json();
    public static final String CREDENTIAL = ListingField.CREDENTIAL.json();
    public static final String DELIVERY = ListingField.DELIVERY.json();
    public static final String TOPICS = ListingField.TOPICS.json();
    public static final String COMPONENTS = ListingField.COMPONENTS.json();
    public static final String MINIMUM_EDUCATION = ListingField.MINIMUM_EDUCATION.json();
    public static final String SOURCE_ID = ListingField.SOURCE_ID.json();
    /** The listing's state or territory, a two-letter code. */
    public static final String REGION = ListingField.LOCATION.json() + ".region";

    /** Completion inputs: the program's and the provider's names; context {@code status}. */
    public static final String SUGGEST = "suggest";
    /** The completion context holding the freshness status. */
    public static final String SUGGEST_STATUS_CONTEXT = "status";

    public static final String SOURCE_URL = "sourceUrl";
    /** The program's other pages: summaries on hubs and directories, its details pages. */
    public static final String ALSO_DESCRIBED_ON = "alsoDescribedOn";
    /** For curators: key fields on which a page as trusted as the program's own states another value. */
    public static final String CONFLICTS = "conflicts";
    public static final String APPLICATION_DEADLINE = "applicationDeadline";

    public static final String FRESHNESS = "freshness";
    public static final String FRESHNESS_STATUS = "freshness.status";
    public static final String FRESHNESS_REASONS = "freshness.reasons";
    public static final String LAST_SEEN_AT = "freshness.lastSeenAt";
    public static final String LAST_CHANGED_AT = "freshness.lastChangedAt";
    public static final String LAST_CONFIRMED_AT = "freshness.lastConfirmedAt";

    /** The curators' state of the listing (see the class comment for its fields). */
    public static final String CURATION = "curation";
    public static final String RETIRED = "curation.retired";
    public static final String RETIRED_AT = "curation.retiredAt";
    public static final String SNOOZED_UNTIL = "curation.snoozedUntil";
    /** Review reasons hidden by a snooze that is still running. */
    public static final String SNOOZED_REASONS = "curation.snoozedReasons";
    public static final String OVERRIDDEN_FIELDS = "curation.overriddenFields";
    /** The last CONFIRM (not counting crawls). */
    public static final String CURATOR_CONFIRMED_AT = "curation.lastConfirmedAt";
    public static final String LAST_ACTION = "curation.lastAction";
    public static final String LAST_DECISION_AT = "curation.lastDecisionAt";
    public static final String LAST_DECISION_BY = "curation.lastDecisionBy";

    /** Key fields whose value changed since the last confirmation (what CONTENT_CHANGED is about). */
    public static final String CHANGED_FIELDS = "changedFields";

    /** Each changed key field as {@code {from, to}} (see the class comment); curators only. */
    public static final String CHANGES = "changes";

    /** How urgently a curator should look: 0 nothing to review, higher more urgent (gone and changed above aging). */
    public static final String REVIEW_PRIORITY = "reviewPriority";

    /** Earlier URLs of the listing (it moved), oldest first. */
    public static final String PREVIOUS_URLS = "previousUrls";

    /** Stored, not indexed, public: freshness transitions (at, kind, status), oldest first. */
    public static final String HISTORY = "history";
    /** Stored, not indexed, for curators only: freshness transitions with their reasons and details, and decisions with who and why. */
    public static final String REVIEW_HISTORY = "reviewHistory";
    /** The members of a public history entry. */
    public static final List<String> PUBLIC_HISTORY_MEMBERS = List.of("at", "kind", "status");

    /** The indexer's bookkeeping; not part of what clients see. */
    public static final String INDEXER = "indexer";
    /** When the listing's status or reasons next change with time alone; the freshness sweep looks here. */
    public static final String RECHECK_AT = "indexer.recheckAt";
    /** The listing's full {@link org.imhfinder.schema.ListingState}, stored, not indexed. */
    public static final String STATE = "indexer.state";

    /** The freshness members anyone may see (the review reasons are for curators). */
    public static final List<String> PUBLIC_FRESHNESS = List.of(LAST_SEEN_AT, LAST_CHANGED_AT, LAST_CONFIRMED_AT,
            FRESHNESS_STATUS);

    /**
     * What anonymous clients may see of a document, as {@code _source.includes} paths: an allow-list.
     * The public fields of the listing catalogue ({@link ListingField#isPublic()}), with freshness
     * narrowed to {@link #PUBLIC_FRESHNESS}, the listing's earlier pages and its public history.
     * Everything else (curation, review reasons and priority, changed fields, the review history with
     * decisions and notes, the indexer's state) is served only on the curator endpoints.
     */
    public static final List<String> PUBLIC = publicPaths();

    /** What curator endpoints leave out of a document: the indexer's bookkeeping and the completion inputs. */
    public static final List<String> NOT_FOR_CURATORS = List.of(INDEXER, SUGGEST);

    private IndexFields() {
    }

    private static List<String> publicPaths() {
        List<String> paths = new ArrayList<>();
        for (ListingField field : ListingField.values()) {
            if (field == ListingField.FRESHNESS) {
                paths.addAll(PUBLIC_FRESHNESS);
            } else if (field.isPublic()) {
                paths.add(field.json());
            }
        }
        paths.add(PREVIOUS_URLS);
        paths.add(HISTORY);
        return List.copyOf(paths);
    }
}
