package org.imhfinder.ingest.recheck;

import java.time.Instant;

/**
 * When a page is next due for a check and why: {@code next}, the earliest of the moments its change
 * rate, its source's bounds, its sitemap and its listings ask for; and {@code firm}, the earliest of
 * those that do not compete on gain ({@link CheckReason#mandatory}; null when none). When a host's
 * budget keeps a page waiting past its change-rate moment, its firm moment still comes, with its
 * own reason.
 */
public record Plan(Moment next, Moment firm) {

    /** One moment: when, why, and the why said for people ("deadline 2027-03-01", "3 changes in 9 checks: about every 34 days"). */
    public record Moment(Instant at, CheckReason reason, String detail) {
        boolean before(Moment other) {
            int order = at.compareTo(other.at);
            return order < 0 || order == 0 && reason.compareTo(other.reason) < 0;
        }
    }

    /** A plan of one moment. */
    public static Plan of(Instant at, CheckReason reason, String detail) {
        Moment moment = new Moment(at, reason, detail);
        return new Plan(moment, reason.mandatory() ? moment : null);
    }

    public Instant dueAt() {
        return next.at();
    }

    public CheckReason reason() {
        return next.reason();
    }

    public String detail() {
        return next.detail();
    }

    /** True when the check is due at {@code now}. */
    public boolean dueBy(Instant now) {
        return !next.at().isAfter(now);
    }

    /** The moment that decides at {@code now}: the firm one once it has come, else the earliest. */
    public Moment at(Instant now) {
        return firm != null && !firm.at().isAfter(now) ? firm : next;
    }

    /** This plan and another, together: the earlier next moment and the earlier firm one. */
    Plan with(Plan other) {
        if (other == null) {
            return this;
        }
        return new Plan(earlier(next, other.next), earlier(firm, other.firm));
    }

    private static Moment earlier(Moment a, Moment b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return b.before(a) ? b : a;
    }
}
