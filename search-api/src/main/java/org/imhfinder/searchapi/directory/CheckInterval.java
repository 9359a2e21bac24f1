package org.imhfinder.searchapi.directory;

import java.time.Duration;

/**
 * How often a source is crawled, in words a reader of the directory takes in at a glance ("every 7
 * days", "every day"). The time itself is the schedule's own ({@link org.imhfinder.sources.Schedule#interval}).
 */
public final class CheckInterval {
    private CheckInterval() {
    }

    /** "every day", "every 7 days", "every 6 hours", "every 10 minutes". */
    public static String words(Duration every) {
        long minutes = every.toMinutes();
        if (minutes >= 24 * 60 && minutes % (24 * 60) == 0) {
            return count(minutes / (24 * 60), "day");
        }
        if (minutes >= 60 && minutes % 60 == 0) {
            return count(minutes / 60, "hour");
        }
        return count(Math.max(1, minutes), "minute");
    }

    private static String count(long n, String unit) {
        return n == 1 ? "every " + unit : "every " + n + " " + unit + "s";
    }
}
