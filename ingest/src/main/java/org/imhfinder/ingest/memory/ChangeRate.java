package org.imhfinder.ingest.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imhfinder.schema.PageCheck;

/**
 * How often a page changes, estimated from its checks. Each check after a successful one says
 * whether the page changed in between; taking changes as a Poisson process of rate λ (Cho and
 * Garcia-Molina, "Estimating frequency of change", ACM TOIT 2003), a check {@code t} days after the
 * one before finds a change with probability {@code 1 - e^(-λt)}, so irregular intervals count for
 * what they are and a change seen after a long gap says less than one seen after a short one.
 *
 * <p>The estimate is the most probable λ given the checks and a prior of one change in
 * {@value #PRIOR_DAYS} days (a Gamma(2, {@value #PRIOR_DAYS} d) prior): a page with no history is
 * taken to change about every two months, one unchanged through a year of checks about yearly, and
 * one changed at every weekly check about weekly. The log-posterior's derivative,
 * {@code Σ_changed t/(e^(λt)-1) + 1/λ - Σ_unchanged t - PRIOR}, falls strictly with λ, so its one
 * root is found by bisection.
 */
public final class ChangeRate {
    /** The prior's one change is spread over this many days (no evidence: a change every two months). */
    static final double PRIOR_DAYS = 60;
    /** The prior's one change (with the implicit one of its Gamma(2) shape: a most probable rate of 1/{@value #PRIOR_DAYS}). */
    static final double PRIOR_CHANGES = 1;
    /** Slowest rate told apart: about once in 270 years. */
    static final double MIN_PER_DAY = 1e-5;
    /** Fastest: a hundred changes a day (checks are never that close; a page changing at every check lands here). */
    static final double MAX_PER_DAY = 100;
    private static final double SECONDS_PER_DAY = 86_400;

    private ChangeRate() {
    }

    /** Changes a day, from checks oldest first (failed checks say nothing; a first check starts the count again). */
    public static double perDay(List<PageCheck> checks) {
        double[] days = new double[checks.size()];
        boolean[] changed = new boolean[checks.size()];
        int n = 0;
        Instant previous = null;
        for (PageCheck check : checks) {
            switch (check.result()) {
                case FIRST -> previous = check.at();
                case FAILED -> {
                }
                case CHANGED, UNCHANGED -> {
                    if (previous != null && check.at().isAfter(previous)) {
                        days[n] = Duration.between(previous, check.at()).toMillis() / 1000.0 / SECONDS_PER_DAY;
                        changed[n++] = check.result() == PageCheck.Result.CHANGED;
                    }
                    previous = check.at();
                }
            }
        }
        return perDay(days, changed, n);
    }

    /** The estimate from {@code n} intervals (days) and whether each ended in a change. */
    static double perDay(double[] days, boolean[] changed, int n) {
        double lo = Math.log(MIN_PER_DAY);
        double hi = Math.log(MAX_PER_DAY);
        if (slope(Math.exp(hi), days, changed, n) > 0) {
            return MAX_PER_DAY;
        }
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (slope(Math.exp(mid), days, changed, n) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** The log-posterior's derivative at {@code rate}: positive while the most probable rate is higher. */
    private static double slope(double rate, double[] days, boolean[] changed, int n) {
        double sum = PRIOR_CHANGES / rate - PRIOR_DAYS;
        for (int i = 0; i < n; i++) {
            sum += changed[i] ? days[i] / Math.expm1(rate * days[i]) : -days[i];
        }
        return sum;
    }
}
