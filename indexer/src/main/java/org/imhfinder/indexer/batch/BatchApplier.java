package org.imhfinder.indexer.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.imhfinder.indexer.curation.Overrides;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.indexer.freshness.ListingFacts;
import org.imhfinder.indexer.freshness.StateMerge;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.ProgramListing;

/**
 * Applies a batch's records to its working set, fact by fact ({@link ListingFacts}), with the
 * history each change deserves. States first, then listings, then page outcomes, then decisions
 * (each topic in its own order), so a decision or an outcome finds a listing that arrives in the
 * same batch. A record that cannot apply is reported, with the reason, for the dead-letter topic.
 */
final class BatchApplier {
    private static final Comparator<InputRecord> APPLY_ORDER = Comparator.comparingInt(BatchApplier::rank);

    private final History history;

    BatchApplier(History history) {
        this.history = history;
    }

    /** What applying a batch did: which records changed something, which could not apply and why. */
    record Applied(Set<RecordSource> changing, Map<RecordSource, Exception> refused) {
    }

    Applied apply(List<InputRecord> records, WorkingSet working, Instant now) {
        List<InputRecord> ordered = new ArrayList<>(records);
        ordered.sort(APPLY_ORDER);
        Set<RecordSource> changing = new LinkedHashSet<>();
        Map<RecordSource, Exception> refused = new LinkedHashMap<>();
        for (InputRecord record : ordered) {
            try {
                if (apply(record, working, now)) {
                    changing.add(record.source());
                }
            } catch (RuntimeException e) {
                refused.put(record.source(), e);
            }
        }
        return new Applied(changing, refused);
    }

    private boolean apply(InputRecord record, WorkingSet working, Instant now) {
        if (record instanceof InputRecord.StateSnapshot s) {
            Tracked t = working.getOrCreate(s.state().programId());
            ListingState merged = StateMerge.merge(t.state(), s.state());
            return change(working, t, new Judged(merged, null), s.source());
        }
        if (record instanceof InputRecord.Extracted e) {
            ProgramListing listing = e.listing();
            return update(working, working.getOrCreate(listing.id()), s -> ListingFacts.extracted(s, listing), listing.fetchedAt(),
                    "extracted (crawl " + listing.crawlId() + ")", e.source(), now);
        }
        if (record instanceof InputRecord.PageReported p) {
            return new OutcomeRules(p.outcome(), p.source(), working, now).apply();
        }
        if (record instanceof InputRecord.Decided d) {
            return decide(d.decision(), working, d.source(), now);
        }
        return false;
    }

    private boolean decide(CurationDecision decision, WorkingSet working, RecordSource source, Instant now) {
        Tracked t = working.get(decision.programId());
        if (t == null || !t.hasContent()) {
            throw new InvalidRecordException("no listing " + decision.programId() + " in the index to apply decision "
                    + decision.decisionId() + " to");
        }
        if (decision.action() == CurationAction.OVERRIDE) {
            Overrides.check(decision, t.state().listing());
        }
        return update(working, t, s -> ListingFacts.decided(s, decision), decision.decidedAt(),
                "decision " + decision.action() + " by " + decision.curator(), source, now);
    }

    /** Applies one fact to one listing and records its history; false when the fact changed nothing. */
    private boolean update(WorkingSet working, Tracked t, UnaryOperator<ListingState> fact, Instant at, String cause,
                           RecordSource source, Instant now) {
        ListingState before = t.state();
        ListingState after = fact.apply(before);
        if (after.equals(before)) {
            return false;
        }
        return change(working, t, history.record(before, after, at, cause, now), source);
    }

    private static boolean change(WorkingSet working, Tracked t, Judged next, RecordSource source) {
        if (next.state().equals(t.state())) {
            return false;
        }
        working.update(t, next, source);
        return true;
    }

    private static int rank(InputRecord record) {
        if (record instanceof InputRecord.StateSnapshot) {
            return 0;
        }
        if (record instanceof InputRecord.Extracted) {
            return 1;
        }
        return record instanceof InputRecord.PageReported ? 2 : 3;
    }

    /** What a page outcome says about the listings of its page. */
    private final class OutcomeRules {
        private final PageOutcome outcome;
        private final RecordSource source;
        private final WorkingSet working;
        private final Instant now;
        private boolean changed;

        OutcomeRules(PageOutcome outcome, RecordSource source, WorkingSet working, Instant now) {
            this.outcome = outcome;
            this.source = source;
            this.working = working;
            this.now = now;
        }

        boolean apply() {
            Instant at = outcome.fetchedAt();
            String url = outcome.url();
            switch (outcome.status()) {
                case OK -> fetched(at);
                case NOT_MODIFIED -> working.at(url).forEach(t -> fact(t, s -> ListingFacts.seen(s, at), "page not modified (304)"));
                case GONE -> working.describedAt(url).forEach(t -> fact(t, s -> ListingFacts.pageGone(s, url, at),
                        "page gone (" + outcome.httpStatus() + ")"));
                case ERROR -> working.at(url).forEach(t -> fact(t, s -> ListingFacts.fetchFailed(s, at),
                        "fetch failed" + (outcome.error() == null ? "" : ": " + outcome.error())));
                case MOVED -> moved(at);
            }
            return changed;
        }

        private void fetched(Instant at) {
            String page = outcome.finalUrl() != null ? outcome.finalUrl() : outcome.url();
            for (String id : outcome.listingIds()) {
                Tracked t = working.get(id);
                if (t != null && t.hasContent() && (page.equals(t.state().sourceUrl()) || outcome.url().equals(t.state().sourceUrl()))) {
                    fact(t, s -> ListingFacts.seen(s, at), "page fetched (200)");
                }
            }
            Set<Tracked> onPage = new LinkedHashSet<>(working.describedAt(outcome.url()));
            onPage.addAll(working.describedAt(page));
            onPage.stream().filter(t -> !outcome.listingIds().contains(t.id()))
                    .forEach(t -> fact(t, s -> ListingFacts.droppedBy(s, ListingFacts.describedOn(s, page) ? page : outcome.url(), at),
                            "page no longer lists it"));
        }

        private void moved(Instant at) {
            String from = outcome.url();
            String to = outcome.finalUrl();
            Set<Tracked> affected = new LinkedHashSet<>(working.at(from));
            working.previouslyAt(from).stream().filter(t -> to.equals(t.state().sourceUrl())).forEach(affected::add);
            affected.forEach(t -> fact(t, s -> ListingFacts.moved(s, from, to, at),
                    "page moved (" + outcome.httpStatus() + ") to " + to));
            working.describedAt(from).stream().filter(t -> !affected.contains(t))
                    .forEach(t -> fact(t, s -> ListingFacts.evidenceMoved(s, from, to), "a page describing it moved to " + to));
        }

        private void fact(Tracked t, UnaryOperator<ListingState> fact, String cause) {
            changed |= update(working, t, fact, outcome.fetchedAt(), cause, source, now);
        }
    }
}
