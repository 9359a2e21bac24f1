package org.imhfinder.ingest.recheck;

import java.time.Duration;
import org.imhfinder.ingest.memory.ChangeHabit;
import org.imhfinder.ingest.memory.PageFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import org.imhfinder.schema.RecheckHint;

/**
 * When a page is next due for a check, and why: the earliest of
 * <ul>
 * <li>its change rate: the check is made once waiting longer would cost more than
 *     {@code minGain} of expected out-of-date time per request (see {@link #gain}), within its
 *     source's bounds (never sooner than {@code min} after its last check, never later than
 *     {@code max} after its last answer);</li>
 * <li>its sitemap's {@code <lastmod>}, when later than its last check;</li>
 * <li>each live listing whose own page it is: before and after its application deadline
 *     ({@link RecheckPolicy#BEFORE_DEADLINE}, {@link RecheckPolicy#AFTER_DEADLINE}), before it
 *     turns AGING ({@link RecheckPolicy#AGING_MARGIN}; not again once a check was made since it
 *     was last confirmed, so an unreachable site still ages), and once a day after a fetch that
 *     flagged it CONTENT_CHANGED or EXTRACTION_DEGRADED.</li>
 * </ul>
 * A moment of the listing's counts as checked by any check at most {@link RecheckPolicy#SLACK}
 * before it. Pure: the same facts and hints give the same plan, in ingest and in {@code imh status}.
 *
 * <p><b>Why this rule for the change rate.</b> A page changing as a Poisson process of rate λ and
 * checked every τ is out of date, on average, {@code S(τ) = τ - (1 - e^(-λτ))/λ} of each interval.
 * Spending requests where they save most out-of-date time (Cho and Garcia-Molina, "Effective page
 * refresh policies for web crawlers", ACM TODS 2003) means checking each page when
 * {@code τ·S'(τ) - S(τ) = (1 - e^(-λτ)(1 + λτ))/λ}, its {@link #gain}, reaches one price for all:
 * here {@code minGain}, raised in effect by the budget when the budget cannot pay for every page
 * ({@link RecheckScheduler} then serves the largest gains first). Pages that change rarely are
 * checked rarely (about as 1/√λ), and a page changing faster than once per {@code minGain} is
 * not worth chasing at all: its checks come from its bounds only.
 */
public final class RecheckPlanner {
    private static final double SECONDS_PER_DAY = 86_400;
    /** A page this many spreads past its expected change has left its beat: its rate decides again. */
    private static final double OVERDUE = 3;

    private final double minGainDays;

    public RecheckPlanner(Duration minGain) {
        this.minGainDays = days(minGain);
    }

    /** The page's next check, given the hints of the listings whose own page it is. */
    public Plan plan(PageFacts page, Collection<RecheckHint> hints, RecheckPolicy.Bounds bounds) {
        if (page.lastAttemptAt() == null) {
            return Plan.of(Instant.EPOCH, CheckReason.NEW, "never checked");
        }
        Plan plan = byRate(page, bounds).with(byLastmod(page));
        for (RecheckHint hint : hints) {
            if (hint.live()) {
                plan = plan.with(byDeadline(page, hint)).with(byAging(page, hint)).with(byFlag(page, hint));
            }
        }
        return plan;
    }

    /**
     * What checking the page at {@code now} is worth, in days of expected out-of-date time saved
     * per request (see the class comment): grows with the time since its last answer.
     */
    public double gain(PageFacts page, Instant now) {
        Instant since = page.since();
        if (since == null) {
            return Double.MAX_VALUE;
        }
        return worth(page, days(Duration.between(since, now)));
    }

    /**
     * The gain of a check {@code tau} days after the last answer: {@code E[(T - since) 1{T <= since + tau}]}
     * for the time T of the page's next change. A page on a beat ({@link ChangeHabit}) expects T near
     * its expected change (normal, its spread), knowing it had not come by the last answer; any other
     * page, or one long overdue on its beat, takes T as the next event of a Poisson process of its rate.
     */
    double worth(PageFacts page, double tau) {
        ChangeHabit habit = page.habit();
        if (habit != null) {
            double expected = days(Duration.between(page.since(), habit.expected()));
            double spread = habit.spreadDays();
            if (expected > -OVERDUE * spread) {
                double from = -expected / spread;
                double to = (tau - expected) / spread;
                double surviving = 1 - cdf(from);
                return (expected * (cdf(to) - cdf(from)) + spread * (pdf(from) - pdf(to))) / surviving;
            }
        }
        double rate = page.ratePerDay();
        return g(rate * tau) / rate;
    }

    /** The change-rate moment, and the longest interval's (the firm one that ends a wait for budget). */
    private Plan byRate(PageFacts page, RecheckPolicy.Bounds bounds) {
        Instant notBefore = page.lastAttemptAt().plus(bounds.min());
        Instant longest = latest(page.since().plus(bounds.max()), notBefore);
        Plan max = Plan.of(longest, CheckReason.MAX_INTERVAL, "at least every " + describe(bounds.max()));
        double tau = dueDays(page, days(bounds.max()));
        if (tau >= days(bounds.max())) {
            return max;
        }
        Duration interval = maxOf(bounds.min(), Duration.ofSeconds((long) (tau * SECONDS_PER_DAY)));
        return Plan.of(latest(page.since().plus(interval), notBefore), CheckReason.CHANGE_RATE, rateDetail(page)).with(max);
    }

    private static Plan byLastmod(PageFacts page) {
        Instant lastmod = page.lastmod();
        if (lastmod == null || !lastmod.isAfter(page.lastAttemptAt())) {
            return null;
        }
        return Plan.of(lastmod, CheckReason.LASTMOD, "sitemap lastmod " + lastmod);
    }

    private static Plan byDeadline(PageFacts page, RecheckHint hint) {
        LocalDate deadline = hint.applicationDeadline();
        if (deadline == null) {
            return null;
        }
        Instant day = deadline.atStartOfDay(ZoneOffset.UTC).toInstant();
        Plan plan = null;
        for (Duration before : RecheckPolicy.BEFORE_DEADLINE) {
            plan = moment(page, day.minus(before), CheckReason.DEADLINE_BEFORE, "deadline " + deadline, plan);
        }
        for (Duration after : RecheckPolicy.AFTER_DEADLINE) {
            plan = moment(page, day.plus(after), CheckReason.DEADLINE_AFTER, "deadline " + deadline + " passed", plan);
        }
        return plan;
    }

    private static Plan byAging(PageFacts page, RecheckHint hint) {
        if (hint.agingAt() == null || hint.lastConfirmedAt() != null && page.lastAttemptAt().isAfter(hint.lastConfirmedAt())) {
            return null; // checked since it was confirmed: that check confirms it again, or its site cannot be reached
        }
        return Plan.of(hint.agingAt().minus(RecheckPolicy.AGING_MARGIN), CheckReason.AGING,
                "turns AGING " + hint.agingAt());
    }

    private static Plan byFlag(PageFacts page, RecheckHint hint) {
        if (!hint.flagged() || hint.lastFetchedAt() == null) {
            return null;
        }
        return moment(page, hint.lastFetchedAt().plus(RecheckPolicy.FLAGGED_AFTER), CheckReason.FLAGGED,
                "flagged " + String.join(", ", hint.reasons().stream().map(Enum::name).toList()), null);
    }

    /** A check at {@code at} unless one was made since {@code at - SLACK}; the earlier of it and {@code plan}. */
    private static Plan moment(PageFacts page, Instant at, CheckReason reason, String detail, Plan plan) {
        if (!page.lastAttemptAt().isBefore(at.minus(RecheckPolicy.SLACK))) {
            return plan;
        }
        return Plan.of(at, reason, detail).with(plan);
    }

    /** Days after its last answer at which the page's gain reaches minGain; {@code limit} or more when not before it. */
    double dueDays(PageFacts page, double limit) {
        if (page.habit() == null) {
            return intervalDays(page.ratePerDay());
        }
        if (worth(page, limit) < minGainDays) {
            return limit;
        }
        double lo = 0;
        double hi = limit;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (worth(page, mid) < minGainDays) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** For a Poisson process of this rate: the interval (days) at which the gain reaches minGain; infinite when it never does. */
    double intervalDays(double rate) {
        double target = rate * minGainDays;
        if (target >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = 64;
        if (g(hi) < target) {
            return Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (g(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi / rate;
    }

    /** The standard normal distribution function (erfc after Numerical Recipes, 6.2: error below 1.2e-7). */
    static double cdf(double z) {
        double x = -z / Math.sqrt(2);
        double a = Math.abs(x);
        double t = 1 / (1 + 0.5 * a);
        double r = t * Math.exp(-a * a - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return 0.5 * (x >= 0 ? r : 2 - r);
    }

    /** The standard normal density. */
    static double pdf(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    /** {@code 1 - e^(-x)(1 + x)}: the gain times λ, after x = λτ. */
    static double g(double x) {
        return -Math.expm1(-x) - x * Math.exp(-x);
    }

    private static String rateDetail(PageFacts page) {
        if (page.observations() == 0) {
            return "no history yet";
        }
        if (page.habit() != null) {
            return "changes about every " + describe(page.habit().period()) + ", next expected "
                    + page.habit().expected().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        }
        return page.changes() + " changes in " + page.observations() + " checks: about every "
                + describe(Duration.ofSeconds((long) Math.min(1e10, SECONDS_PER_DAY / page.ratePerDay())));
    }

    /** A duration as people say it: "34 days", "9 hours". */
    public static String describe(Duration duration) {
        if (duration.toDays() >= 730) {
            return String.format(Locale.ROOT, "%d years", duration.toDays() / 365);
        }
        if (duration.toDays() >= 2) {
            return duration.toDays() + " days";
        }
        return Math.max(1, duration.toHours()) + " hours";
    }

    private static double days(Duration duration) {
        return duration.toMillis() / 1000.0 / SECONDS_PER_DAY;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration maxOf(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
