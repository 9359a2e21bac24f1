package org.imhfinder.searchapi.directory;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * How often a source is crawled, from its schedule, in words a reader of the directory takes in at
 * a glance ("every 7 days", "every day"): an ISO period as it is; a Quartz cron expression (UTC) as
 * the time between its next two firings, which is its period for the schedules providers get
 * (daily, weekly, monthly).
 */
public final class CheckInterval {
    private CheckInterval() {
    }

    /** The time between two crawls of a source; empty without a readable schedule. */
    public static Optional<Duration> of(String schedule, Instant now) {
        if (schedule == null || schedule.isBlank()) {
            return Optional.empty();
        }
        if (schedule.startsWith("P")) {
            return period(schedule);
        }
        try {
            CronExpression cron = new CronExpression(schedule);
            cron.setTimeZone(TimeZone.getTimeZone("UTC"));
            Date first = cron.getNextValidTimeAfter(Date.from(now));
            Date second = first == null ? null : cron.getNextValidTimeAfter(first);
            return second == null ? Optional.empty() : Optional.of(Duration.between(first.toInstant(), second.toInstant()));
        } catch (ParseException e) {
            return Optional.empty();
        }
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

    private static Optional<Duration> period(String text) {
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException notDuration) {
            try {
                Period period = Period.parse(text);
                return Optional.of(Duration.ofDays(period.toTotalMonths() * 30 + period.getDays()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
