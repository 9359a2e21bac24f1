package org.imhfinder.ingest.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.schema.PageCheck;

/**
 * Whether a page changes on a regular beat (a training calendar redone every month, a page updated
 * every term), told from its checks: the changes it was seen with, each known to lie between the
 * check that found it and the successful check before. When at least {@value #MIN_CHANGES} changes
 * were seen and the times between them (taken from the middle of each bracket) vary by at most
 * {@value #MAX_VARIATION} of their mean, the next change is expected one mean interval after the
 * last one, give or take their spread and the last bracket's width. Such a page need not be checked
 * while its next change is far off, and is worth checking often once it is near: a rate alone
 * (a Poisson process forgets when the last change was) cannot say that.
 *
 * @param periodDays the mean time between changes
 * @param expected when the next change is expected
 * @param spreadDays how far from {@code expected} it may come (one standard deviation)
 */
public record ChangeHabit(double periodDays, Instant expected, double spreadDays) {
    /** Fewest changes seen before a beat is believed (three intervals between them). */
    static final int MIN_CHANGES = 4;
    /** Most the intervals may vary (standard deviation over mean) to count as a beat. */
    static final double MAX_VARIATION = 0.25;
    /** Least spread assumed: half a day (sites are edited at any hour). */
    static final double MIN_SPREAD_DAYS = 0.5;
    private static final double DAY_MILLIS = 86_400_000.0;

    /** The page's beat, or null when its checks show none. */
    public static ChangeHabit of(List<PageCheck> checks) {
        List<double[]> brackets = brackets(checks); // {from, to} in days since the epoch
        if (brackets.size() < MIN_CHANGES) {
            return null;
        }
        double[] intervals = new double[brackets.size() - 1];
        for (int i = 1; i < brackets.size(); i++) {
            intervals[i - 1] = middle(brackets.get(i)) - middle(brackets.get(i - 1));
        }
        double mean = mean(intervals);
        double deviation = deviation(intervals, mean);
        if (mean <= 0 || deviation > MAX_VARIATION * mean) {
            return null;
        }
        double[] last = brackets.get(brackets.size() - 1);
        double width = last[1] - last[0];
        double spread = Math.max(MIN_SPREAD_DAYS, Math.sqrt(deviation * deviation + width * width / 12));
        return new ChangeHabit(mean, Instant.ofEpochMilli((long) ((middle(last) + mean) * DAY_MILLIS)), spread);
    }

    /** Where each change seen lies: between the successful check before it and the check that found it. */
    private static List<double[]> brackets(List<PageCheck> checks) {
        List<double[]> brackets = new ArrayList<>();
        Instant previous = null;
        for (PageCheck check : checks) {
            if (check.result() == PageCheck.Result.FAILED) {
                continue;
            }
            if (check.result() == PageCheck.Result.CHANGED && previous != null) {
                brackets.add(new double[] {days(previous), days(check.at())});
            }
            previous = check.at();
        }
        return brackets;
    }

    public Duration period() {
        return Duration.ofMillis((long) (periodDays * DAY_MILLIS));
    }

    private static double days(Instant at) {
        return at.toEpochMilli() / DAY_MILLIS;
    }

    private static double middle(double[] bracket) {
        return (bracket[0] + bracket[1]) / 2;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double deviation(double[] values, double mean) {
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / values.length);
    }
}
