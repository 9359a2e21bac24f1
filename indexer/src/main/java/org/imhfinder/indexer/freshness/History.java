package org.imhfinder.indexer.freshness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imhfinder.indexer.curation.CurationView;
import org.imhfinder.schema.ListingEvent;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;

/**
 * Writes a listing's history: what a fact changed (first indexed, moved, key fields changed,
 * status or reasons changed), each entry with the status and reasons right after it. An entry's
 * time is the time of its cause (the fetch, the decision, the threshold that passed), never
 * earlier than the entry before it.
 */
public final class History {
    private final FreshnessRules rules;

    public History(FreshnessRules rules) {
        this.rules = rules;
    }

    /** The state with its freshness at {@code now}: the one evaluation of the rules a state needs. */
    public Judged judge(ListingState state, Instant now) {
        if (state.listing() == null) {
            return new Judged(state, null);
        }
        return new Judged(state, rules.evaluate(state, CurationView.of(state.decisions()), now));
    }

    /**
     * {@code after} with the entries that going from {@code before} to it deserves, caused at
     * {@code at}, and its freshness at {@code now} (history entries do not change it).
     */
    public Judged record(ListingState before, ListingState after, Instant at, String cause, Instant now) {
        if (after.listing() == null) {
            return new Judged(after, null);
        }
        FreshnessView view = rules.evaluate(after, CurationView.of(after.decisions()), now);
        List<ListingEvent> added = new ArrayList<>();
        Instant when = notBefore(at, after.events());
        if (before.listing() == null) {
            added.add(entry(when, ListingEvent.Kind.INDEXED, view, cause));
        } else {
            boolean moved = !Objects.equals(before.movedAt(), after.movedAt());
            if (moved && !Objects.equals(before.sourceUrl(), after.sourceUrl()) && before.sourceUrl() != null) {
                added.add(entry(when, ListingEvent.Kind.MOVED, view, before.sourceUrl() + " -> " + after.sourceUrl()));
            }
            List<String> changed = changedKeyFields(before.listing(), after.listing());
            if (!changed.isEmpty() && !inFirstCrawl(after)) {
                added.add(entry(when, ListingEvent.Kind.CONTENT_CHANGED, view, String.join(", ", changed)));
            }
            if (added.isEmpty() && !sameAsLast(view, after.events())) {
                added.add(entry(when, ListingEvent.Kind.STATUS, view, cause));
            }
        }
        return new Judged(added.isEmpty() ? after
                : after.toBuilder().events(StateMerge.events(after.events(), added)).build(), view);
    }

    /**
     * {@code state} with an entry for a change that time alone made (aging, a deadline, a snooze
     * ending), if any, and its freshness at {@code now}.
     */
    public Judged catchUp(ListingState state, Instant now) {
        if (state.listing() == null) {
            return new Judged(state, null);
        }
        CurationView curation = CurationView.of(state.decisions());
        FreshnessView view = rules.evaluate(state, curation, now);
        if (sameAsLast(view, state.events())) {
            return new Judged(state, view);
        }
        Instant when = notBefore(rules.lastThresholdBefore(state, curation, now), state.events());
        ListingEvent entry = entry(when, ListingEvent.Kind.STATUS, view, "time passed");
        return new Judged(state.toBuilder().events(StateMerge.events(state.events(), List.of(entry))).build(), view);
    }

    private static boolean sameAsLast(FreshnessView view, List<ListingEvent> events) {
        if (events.isEmpty()) {
            return false;
        }
        ListingEvent last = events.get(events.size() - 1);
        return view.sameStatusAs(last.status(), last.reasons());
    }

    /**
     * True while the program is still being read for the first time: its pages of one crawl arrive
     * in any order (a hub's summary before its own page), and what they add up to is where its
     * history starts, not a change.
     */
    private static boolean inFirstCrawl(ListingState state) {
        return state.baseline() != null && state.baseline().follows(state.listing().crawlId());
    }

    private static List<String> changedKeyFields(ProgramListing before, ProgramListing after) {
        if (Objects.equals(before.contentHash(), after.contentHash())) {
            return List.of();
        }
        return KeyFields.changed(KeyFields.fingerprints(before), KeyFields.fingerprints(after));
    }

    private static Instant notBefore(Instant at, List<ListingEvent> events) {
        if (events.isEmpty()) {
            return at;
        }
        Instant last = events.get(events.size() - 1).at();
        return at.isBefore(last) ? last : at;
    }

    private static ListingEvent entry(Instant at, ListingEvent.Kind kind, FreshnessView view, String detail) {
        return new ListingEvent(at, kind, view.status(), view.reasons(), detail);
    }
}
