package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * Everything the indexer knows about one listing (schema v1): the value on the compacted
 * {@code imh.listing-state.v1}, keyed by program id, written by the indexer after every change it
 * makes to the index. With it, a rebuild of the index loses nothing that the page outcomes (which
 * expire) once told: when the listing was seen, gone, moved or failing, what a curator confirmed,
 * and the history of its freshness.
 *
 * <p>The state is a merge of facts, each kept so that applying a fact twice, or two facts in either
 * order, ends in the same state: {@code listing} is the latest extraction by {@code fetchedAt};
 * instants are the latest of their kind; lists are sets. The index document is rendered from it.
 *
 * @param listing the program as assembled from its evidence (no overrides, no freshness)
 * @param sourceUrl the listing's current page: the listing's own URL, or where its page moved since
 * @param sourceUrlSince when the fact that set {@code sourceUrl} happened (a fetch time)
 * @param previousUrls earlier pages of the listing, oldest first
 * @param contentSince since when the listing's {@code contentHash} holds: its {@code lastChangedAt}
 * @param lastSeenAt the last fetch of its page that answered 200 or 304
 * @param goneAt the last fetch that said it is gone: its page answered 404/410, or no longer yields it
 * @param movedAt the last time its page answered with a permanent redirect
 * @param failedFetches fetch times of failed fetches of its page since {@code lastSeenAt}, oldest first
 * @param baseline the key fields the content is compared with (CONTENT_CHANGED)
 * @param peakFieldCount the most fields an extraction of it had since {@code peakSince} (EXTRACTION_DEGRADED)
 * @param peakSince when a curator last accepted its field count (a CONFIRM), or its first extraction
 * @param decisions every curator decision about it, in decision order (by {@code decidedAt}, then id)
 * @param events its history: freshness transitions, moves and content changes, oldest first
 * @param evidence the latest listing extracted from each page that describes it (its own page, and
 *        summaries on hubs and directories), one per page; {@code listing} is assembled from them
 *        ({@link EvidenceMerge}) with {@code sourceUrl} as its own page. Empty in states written
 *        before programs were assembled from several pages: there {@code listing} is the only evidence.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListingState(
        int schemaVersion,
        String programId,
        ProgramListing listing,
        String sourceUrl,
        Instant sourceUrlSince,
        List<String> previousUrls,
        Instant contentSince,
        Instant lastSeenAt,
        Instant goneAt,
        Instant movedAt,
        List<Instant> failedFetches,
        ContentBaseline baseline,
        int peakFieldCount,
        Instant peakSince,
        List<CurationDecision> decisions,
        List<ListingEvent> events,
        List<ProgramListing> evidence) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    public ListingState {
        previousUrls = Lists.copyOf(previousUrls);
        failedFetches = Lists.copyOf(failedFetches);
        decisions = Lists.copyOf(decisions);
        events = Lists.copyOf(events);
        evidence = Lists.copyOf(evidence);
    }

    /** The pages' evidence, one listing per page (a state from before evidence was kept: its listing). */
    public List<ProgramListing> pages() {
        return evidence.isEmpty() && listing != null ? List.of(listing) : evidence;
    }

    /** A listing the indexer knows nothing about yet. */
    public static ListingState empty(String programId) {
        return new ListingState(SCHEMA_VERSION, programId, null, null, null, List.of(), null, null, null, null,
                List.of(), null, 0, null, List.of(), List.of(), List.of());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copies a state field by field; the indexer's rules build the next state with it. */
    public static final class Builder {
        private int schemaVersion;
        private String programId;
        private ProgramListing listing;
        private String sourceUrl;
        private Instant sourceUrlSince;
        private List<String> previousUrls;
        private Instant contentSince;
        private Instant lastSeenAt;
        private Instant goneAt;
        private Instant movedAt;
        private List<Instant> failedFetches;
        private ContentBaseline baseline;
        private int peakFieldCount;
        private Instant peakSince;
        private List<CurationDecision> decisions;
        private List<ListingEvent> events;
        private List<ProgramListing> evidence;

        private Builder(ListingState s) {
            schemaVersion = s.schemaVersion;
            programId = s.programId;
            listing = s.listing;
            sourceUrl = s.sourceUrl;
            sourceUrlSince = s.sourceUrlSince;
            previousUrls = s.previousUrls;
            contentSince = s.contentSince;
            lastSeenAt = s.lastSeenAt;
            goneAt = s.goneAt;
            movedAt = s.movedAt;
            failedFetches = s.failedFetches;
            baseline = s.baseline;
            peakFieldCount = s.peakFieldCount;
            peakSince = s.peakSince;
            decisions = s.decisions;
            events = s.events;
            evidence = s.evidence;
        }

        public Builder schemaVersion(int v) { schemaVersion = v; return this; }
        public Builder programId(String v) { programId = v; return this; }
        public Builder listing(ProgramListing v) { listing = v; return this; }
        public Builder sourceUrl(String v) { sourceUrl = v; return this; }
        public Builder sourceUrlSince(Instant v) { sourceUrlSince = v; return this; }
        public Builder previousUrls(List<String> v) { previousUrls = v; return this; }
        public Builder contentSince(Instant v) { contentSince = v; return this; }
        public Builder lastSeenAt(Instant v) { lastSeenAt = v; return this; }
        public Builder goneAt(Instant v) { goneAt = v; return this; }
        public Builder movedAt(Instant v) { movedAt = v; return this; }
        public Builder failedFetches(List<Instant> v) { failedFetches = v; return this; }
        public Builder baseline(ContentBaseline v) { baseline = v; return this; }
        public Builder peakFieldCount(int v) { peakFieldCount = v; return this; }
        public Builder peakSince(Instant v) { peakSince = v; return this; }
        public Builder decisions(List<CurationDecision> v) { decisions = v; return this; }
        public Builder events(List<ListingEvent> v) { events = v; return this; }
        public Builder evidence(List<ProgramListing> v) { evidence = v; return this; }

        public ListingState build() {
            return new ListingState(schemaVersion, programId, listing, sourceUrl, sourceUrlSince, previousUrls, contentSince, lastSeenAt, goneAt, movedAt, failedFetches, baseline, peakFieldCount, peakSince, decisions, events, evidence);
        }
    }
}
