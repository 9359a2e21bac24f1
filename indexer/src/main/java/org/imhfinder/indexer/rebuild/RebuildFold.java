package org.imhfinder.indexer.rebuild;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imhfinder.indexer.batch.InputRecord;
import org.imhfinder.indexer.batch.InputRecords;
import org.imhfinder.indexer.batch.RecordSource;
import org.imhfinder.indexer.curation.Overrides;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.freshness.ListingFacts;
import org.imhfinder.indexer.freshness.StateMerge;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Topics;

/**
 * Folds the topics into every listing's state, with the same rules the live indexer applies:
 * journaled states first, then listings, then every decision. Feed it the topics in that order.
 * Records the live indexer refused (and dead-lettered) are skipped and counted.
 */
final class RebuildFold {
    private final History history;
    private final Instant now;
    private final Map<String, ListingState> states = new LinkedHashMap<>();
    private final Map<String, ListingState> journaled = new LinkedHashMap<>();
    private long skipped;
    private long decisionsWithoutListing;

    RebuildFold(History history, Instant now) {
        this.history = history;
        this.now = now;
    }

    void accept(RecordSource source) {
        if (Topics.LISTING_STATE.equals(source.topic()) && source.value() == null) {
            return;
        }
        InputRecord record;
        try {
            record = InputRecords.read(source);
        } catch (InvalidRecordException e) {
            skipped++;
            return;
        }
        if (record instanceof InputRecord.StateSnapshot s) {
            ListingState state = s.state();
            states.merge(state.programId(), state, StateMerge::merge);
            journaled.merge(state.programId(), state, StateMerge::merge);
        } else if (record instanceof InputRecord.Extracted e) {
            extracted(e.listing());
        } else if (record instanceof InputRecord.Decided d) {
            decided(d.decision());
        }
    }

    private void extracted(ProgramListing listing) {
        ListingState before = states.getOrDefault(listing.id(), ListingState.empty(listing.id()));
        ListingState after = ListingFacts.extracted(before, listing);
        if (!after.equals(before)) {
            states.put(listing.id(), history.record(before, after, listing.fetchedAt(),
                    "extracted (crawl " + listing.crawlId() + ")", now).state());
        }
    }

    private void decided(CurationDecision decision) {
        ListingState before = states.get(decision.programId());
        if (before == null || before.listing() == null) {
            decisionsWithoutListing++;
            return;
        }
        try {
            if (decision.action() == CurationAction.OVERRIDE) {
                Overrides.check(decision, before.listing());
            }
        } catch (InvalidRecordException e) {
            skipped++;
            return;
        }
        ListingState after = ListingFacts.decided(before, decision);
        if (!after.equals(before)) {
            states.put(decision.programId(), history.record(before, after, decision.decidedAt(),
                    "decision " + decision.action() + " by " + decision.curator(), now).state());
        }
    }

    /** Every listing's state, as of the records folded in. */
    Collection<ListingState> states() {
        return states.values();
    }

    /** True when the state is more than what {@code imh.listing-state.v1} holds for the listing. */
    boolean newerThanJournal(ListingState state) {
        return !state.equals(journaled.get(state.programId()));
    }

    long skipped() {
        return skipped;
    }

    long decisionsWithoutListing() {
        return decisionsWithoutListing;
    }
}
