package org.imhfinder.indexer.freshness;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imhfinder.indexer.curation.CurationView;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.ListingField;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.ReviewReason;

/**
 * The freshness rules (README, "Indexing and freshness"): a listing's status, review reasons and priority at a moment, from
 * what is known about it. Pure: the same state and moment always give the same view.
 *
 * <p>A CONFIRM vouches for the listing as it stood when the curator decided: it counts as a
 * confirmation for {@code lastConfirmedAt}, and every reason whose cause came before it
 * (gone, moved, failing, a passed deadline) is cleared until a newer cause comes. Dates
 * (deadlines, snoozes) are days in UTC.
 *
 * <p>Not final so that a test can count evaluations: a batch evaluates each listing state once
 * and hands the view along ({@link Judged}).
 */
public class FreshnessRules {
    private static final Map<ReviewReason, Integer> WEIGHT = new EnumMap<>(Map.of(
            ReviewReason.SOURCE_GONE, 60,
            ReviewReason.CONTENT_CHANGED, 50,
            ReviewReason.EXTRACTION_DEGRADED, 45,
            ReviewReason.SOURCE_MOVED, 40,
            ReviewReason.FETCH_ERRORS, 35,
            ReviewReason.DEADLINE_PASSED, 30,
            ReviewReason.NOT_SEEN, 20));
    private static final int STALE_NOT_SEEN = 25;
    private static final int PER_FURTHER_REASON = 2;

    private final FreshnessPolicy policy;

    public FreshnessRules(FreshnessPolicy policy) {
        this.policy = policy;
    }

    public FreshnessPolicy policy() {
        return policy;
    }

    /** The view of a listing that has content ({@code state.listing()} not null) at {@code now}. */
    public FreshnessView evaluate(ListingState state, CurationView curation, Instant now) {
        Instant confirmed = latest(state.lastSeenAt(), curation.lastConfirmAt());
        FreshnessStatus status = status(state, curation, confirmed, now);
        List<String> changed = state.baseline() == null ? List.of()
                : KeyFields.changed(state.baseline().fingerprints(), KeyFields.fingerprints(state.listing()));
        LocalDate deadline = effectiveDeadline(state.listing(), curation);
        List<ReviewReason> reasons = status == FreshnessStatus.RETIRED ? List.of()
                : reasons(state, curation, status, changed, deadline, now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean snoozed = curation.snoozedOn(today) && status != FreshnessStatus.RETIRED;
        List<ReviewReason> visible = snoozed ? List.of() : reasons;
        return new FreshnessView(state.lastSeenAt(), state.contentSince(), confirmed, status, visible,
                snoozed ? reasons : List.of(), changed, priority(status, visible),
                recheckAt(status, confirmed, deadline, snoozed ? curation.snoozedUntil() : null, now));
    }

    private FreshnessStatus status(ListingState state, CurationView curation, Instant confirmed, Instant now) {
        if (curation.retired()) {
            return FreshnessStatus.RETIRED;
        }
        if (isAfter(state.goneAt(), confirmed)) {
            return FreshnessStatus.GONE;
        }
        if (confirmed == null || now.isBefore(confirmed.plus(policy.agingAfter()))) {
            return FreshnessStatus.FRESH;
        }
        return now.isBefore(confirmed.plus(policy.staleAfter())) ? FreshnessStatus.AGING : FreshnessStatus.STALE;
    }

    private List<ReviewReason> reasons(ListingState state, CurationView curation, FreshnessStatus status,
                                       List<String> changed, LocalDate deadline, Instant now) {
        Instant confirmed = curation.lastConfirmAt();
        List<ReviewReason> reasons = new ArrayList<>();
        add(reasons, ReviewReason.NOT_SEEN, status == FreshnessStatus.AGING || status == FreshnessStatus.STALE);
        add(reasons, ReviewReason.SOURCE_GONE, status == FreshnessStatus.GONE);
        add(reasons, ReviewReason.SOURCE_MOVED, isAfter(state.movedAt(), confirmed));
        add(reasons, ReviewReason.CONTENT_CHANGED, !changed.isEmpty());
        add(reasons, ReviewReason.DEADLINE_PASSED, deadlinePassed(deadline, confirmed, now));
        Instant failuresAfter = latest(state.lastSeenAt(), confirmed);
        long failures = state.failedFetches().stream().filter(at -> isAfter(at, failuresAfter)).count();
        add(reasons, ReviewReason.FETCH_ERRORS, failures >= policy.fetchErrors());
        add(reasons, ReviewReason.EXTRACTION_DEGRADED, degraded(state));
        return reasons;
    }

    private boolean degraded(ListingState state) {
        return state.peakFieldCount() > 0
                && KeyFields.fieldCount(ListingFacts.ownEvidence(state)) < state.peakFieldCount() * policy.degradedRatio();
    }

    private static boolean deadlinePassed(LocalDate deadline, Instant confirmed, Instant now) {
        if (deadline == null || !LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(deadline)) {
            return false;
        }
        return confirmed == null || !LocalDate.ofInstant(confirmed, ZoneOffset.UTC).isAfter(deadline);
    }

    private static int priority(FreshnessStatus status, List<ReviewReason> reasons) {
        int top = 0;
        for (ReviewReason reason : reasons) {
            int weight = reason == ReviewReason.NOT_SEEN && status == FreshnessStatus.STALE ? STALE_NOT_SEEN : WEIGHT.get(reason);
            top = Math.max(top, weight);
        }
        return reasons.isEmpty() ? 0 : top + PER_FURTHER_REASON * (reasons.size() - 1);
    }

    /** The first moment after {@code now} at which the view changes with time alone. */
    private Instant recheckAt(FreshnessStatus status, Instant confirmed, LocalDate deadline, LocalDate snoozedUntil,
                              Instant now) {
        if (status == FreshnessStatus.RETIRED) {
            return null;
        }
        boolean ages = status != FreshnessStatus.GONE && confirmed != null;
        return Stream.of(
                        ages ? confirmed.plus(policy.agingAfter()) : null,
                        ages ? confirmed.plus(policy.staleAfter()) : null,
                        deadline == null ? null : startOfDay(deadline.plusDays(1)),
                        snoozedUntil == null ? null : startOfDay(snoozedUntil.plusDays(1)))
                .filter(at -> at != null && at.isAfter(now))
                .min(Instant::compareTo).orElse(null);
    }

    /** The latest time-driven change at or before {@code now} (when a sweep finds the view changed), if any. */
    public Instant lastThresholdBefore(ListingState state, CurationView curation, Instant now) {
        Instant confirmed = latest(state.lastSeenAt(), curation.lastConfirmAt());
        LocalDate deadline = state.listing() == null ? null : effectiveDeadline(state.listing(), curation);
        return Stream.of(
                        confirmed == null ? null : confirmed.plus(policy.agingAfter()),
                        confirmed == null ? null : confirmed.plus(policy.staleAfter()),
                        deadline == null ? null : startOfDay(deadline.plusDays(1)),
                        curation.snoozedUntil() == null ? null : startOfDay(curation.snoozedUntil().plusDays(1)))
                .filter(at -> at != null && !at.isAfter(now))
                .max(Instant::compareTo).orElse(now);
    }

    static LocalDate effectiveDeadline(ProgramListing listing, CurationView curation) {
        String field = ListingField.APPLICATION_DEADLINE.json();
        JsonNode override = curation.overrides().get(field);
        if (curation.overrides().containsKey(field)) {
            return override == null || override.isNull() ? null : LocalDate.parse(override.asText());
        }
        return listing.applicationDeadline();
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void add(List<ReviewReason> reasons, ReviewReason reason, boolean when) {
        if (when) {
            reasons.add(reason);
        }
    }

    /** True when {@code a} is set and later than {@code b} (or {@code b} is unset). */
    static boolean isAfter(Instant a, Instant b) {
        return a != null && (b == null || a.isAfter(b));
    }

    static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
