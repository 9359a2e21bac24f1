package org.imhfinder.indexer.freshness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.imhfinder.schema.ContentBaseline;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;

/**
 * How each fact about a listing changes its state. Every rule is idempotent (the same fact twice
 * changes nothing the second time) and keeps the latest of each kind, so a fact that arrives late
 * never undoes a newer one: an older extraction does not replace a newer listing, a 404 older than
 * the last 200 does not make a listing gone.
 */
public final class ListingFacts {
    /** Failed fetches kept per listing: enough for any sensible FETCH_ERRORS threshold. */
    static final int MAX_FAILED_FETCHES = 20;
    /** Orders decisions as curators made them; the id breaks ties so every replica agrees. */
    public static final Comparator<CurationDecision> DECISION_ORDER =
            Comparator.comparing(CurationDecision::decidedAt).thenComparing(CurationDecision::decisionId);

    private ListingFacts() {
    }

    /** The listing was extracted from a page fetched at {@code listing.fetchedAt()} (which also means it was seen). */
    public static ListingState extracted(ListingState state, ProgramListing listing) {
        Instant at = listing.fetchedAt();
        ListingState.Builder next = state.toBuilder();
        ProgramListing current = state.listing();
        if (current == null) {
            next.listing(listing).contentSince(at)
                    .baseline(KeyFields.baseline(at, false, listing))
                    .peakFieldCount(KeyFields.fieldCount(listing)).peakSince(at);
        } else if (isNewer(listing, current)) {
            next.listing(listing);
            if (!Objects.equals(listing.contentHash(), current.contentHash())) {
                next.contentSince(at);
            }
            next.peakFieldCount(Math.max(state.peakFieldCount(), KeyFields.fieldCount(listing)));
        } else if (state.baseline() != null && !state.baseline().confirmed() && at.isBefore(state.baseline().at())) {
            // an earlier first extraction arrived late: it is the baseline
            next.baseline(KeyFields.baseline(at, false, listing));
        }
        ListingState withUrl = pageUrl(next.build(), listing.sourceUrl(), at);
        return seen(withUrl, at);
    }

    /** Its page answered 200 or 304 at {@code at}. */
    public static ListingState seen(ListingState state, Instant at) {
        Instant lastSeen = FreshnessRules.latest(state.lastSeenAt(), at);
        List<Instant> failures = state.failedFetches().stream().filter(f -> f.isAfter(lastSeen)).toList();
        return state.toBuilder().lastSeenAt(lastSeen).failedFetches(failures).build();
    }

    /** Its page answered 404/410, or was fetched and no longer yields it, at {@code at}. */
    public static ListingState gone(ListingState state, Instant at) {
        return state.toBuilder().goneAt(FreshnessRules.latest(state.goneAt(), at)).build();
    }

    /** A fetch of its page failed at {@code at}; failures before it was last seen do not count. */
    public static ListingState fetchFailed(ListingState state, Instant at) {
        if (!FreshnessRules.isAfter(at, state.lastSeenAt()) || state.failedFetches().contains(at)) {
            return state;
        }
        List<Instant> failures = new ArrayList<>(state.failedFetches());
        failures.add(at);
        failures.sort(Comparator.naturalOrder());
        if (failures.size() > MAX_FAILED_FETCHES) {
            failures = failures.subList(failures.size() - MAX_FAILED_FETCHES, failures.size());
        }
        return state.toBuilder().failedFetches(failures).build();
    }

    /** Its page {@code from} answered at {@code at} with a permanent redirect to {@code to}: same listing, new URL. */
    public static ListingState moved(ListingState state, String from, String to, Instant at) {
        ListingState flagged = state.toBuilder().movedAt(FreshnessRules.latest(state.movedAt(), at)).build();
        return from.equals(state.sourceUrl()) ? pageUrl(flagged, to, at) : flagged;
    }

    /** A curator decided; a decision already applied (same id) changes nothing. */
    public static ListingState decided(ListingState state, CurationDecision decision) {
        if (state.decisions().stream().anyMatch(d -> d.decisionId().equals(decision.decisionId()))) {
            return state;
        }
        List<CurationDecision> decisions = new ArrayList<>(state.decisions());
        decisions.add(decision);
        decisions.sort(DECISION_ORDER);
        ListingState.Builder next = state.toBuilder().decisions(decisions);
        if (decision.action() == CurationAction.CONFIRM) {
            acceptContent(state, decision.decidedAt(), next);
        }
        return next.build();
    }

    /**
     * A CONFIRM accepts the content the curator saw: its key fields become the baseline and its
     * field count the peak. When the content changed after the decision, the curator did not see
     * that change, and the baseline stays (the change stays flagged).
     */
    private static void acceptContent(ListingState state, Instant decidedAt, ListingState.Builder next) {
        ProgramListing listing = state.listing();
        ContentBaseline baseline = state.baseline();
        boolean sawCurrent = listing != null && !FreshnessRules.isAfter(state.contentSince(), decidedAt);
        boolean newer = baseline == null || !baseline.confirmed() || decidedAt.isAfter(baseline.at());
        if (sawCurrent && newer) {
            next.baseline(KeyFields.baseline(decidedAt, true, listing))
                    .peakFieldCount(KeyFields.fieldCount(listing)).peakSince(decidedAt);
        }
    }

    /** The listing's page became {@code url} at {@code at}, unless a later fact already set it. */
    private static ListingState pageUrl(ListingState state, String url, Instant at) {
        if (url == null || url.equals(state.sourceUrl()) || !FreshnessRules.isAfter(at, state.sourceUrlSince())) {
            return state;
        }
        ListingState.Builder next = state.toBuilder().sourceUrl(url).sourceUrlSince(at);
        if (state.sourceUrl() != null) {
            List<String> previous = new ArrayList<>(state.previousUrls());
            previous.remove(state.sourceUrl());
            previous.add(state.sourceUrl());
            previous.remove(url);
            next.previousUrls(previous).movedAt(FreshnessRules.latest(state.movedAt(), at));
        }
        return next.build();
    }

    /** True when {@code candidate} is a later extraction than {@code current} (ties broken by content hash). */
    static boolean isNewer(ProgramListing candidate, ProgramListing current) {
        int byTime = compare(candidate.fetchedAt(), current.fetchedAt());
        if (byTime != 0) {
            return byTime > 0;
        }
        return String.valueOf(candidate.contentHash()).compareTo(String.valueOf(current.contentHash())) > 0;
    }

    private static int compare(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
