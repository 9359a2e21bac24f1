package org.imhfinder.indexer.freshness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.indexer.curation.CurationView;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.RecheckHint;
import org.imhfinder.schema.ReviewReason;

/**
 * What the crawler's schedule needs of a listing ({@link RecheckHint} on {@code imh.recheck-hints.v1}),
 * from the state the indexer has just written: the same rules that render its document, so ingest
 * never re-derives freshness. Snoozed reasons count: a snooze hides a flag from curators, not from
 * the crawler.
 */
public final class RecheckHints {
    private RecheckHints() {
    }

    /** The hint of a listing's state at {@code now}; null for a state with no listing yet. */
    public static RecheckHint of(ListingState state, FreshnessRules rules, Instant now) {
        return of(new Judged(state, null), rules, now);
    }

    /**
     * The hint of a judged state: its freshness as the batch computed it (evaluated at {@code now}
     * only when it was not); null for a state with no listing yet.
     */
    public static RecheckHint of(Judged judged, FreshnessRules rules, Instant now) {
        ListingState state = judged.state();
        if (state.listing() == null || state.sourceUrl() == null) {
            return null;
        }
        CurationView curation = CurationView.of(state.decisions());
        FreshnessView view = judged.view() != null ? judged.view() : rules.evaluate(state, curation, now);
        List<ReviewReason> reasons = new ArrayList<>(view.reasons());
        view.snoozedReasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        Instant confirmed = view.lastConfirmedAt();
        Instant agingAt = confirmed == null || view.status() != FreshnessStatus.FRESH ? null
                : confirmed.plus(rules.policy().agingAfter());
        return new RecheckHint(RecheckHint.SCHEMA_VERSION, state.programId(), state.listing().sourceId(),
                state.sourceUrl(), view.status(), reasons, FreshnessRules.effectiveDeadline(state.listing(), curation),
                confirmed, agingAt, state.listing().fetchedAt(), now);
    }
}
