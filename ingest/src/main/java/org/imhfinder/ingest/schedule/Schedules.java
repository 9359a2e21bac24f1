package org.imhfinder.ingest.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesException;
import org.quartz.CronExpression;

/**
 * A source's schedule: an ISO-8601 period ({@code P7D}, {@code PT6H}) counted from the start of
 * its last run, or a Quartz cron expression (UTC). A source with no schedule runs only when asked.
 */
public final class Schedules {
    private Schedules() {
    }

    public static boolean isPeriod(String schedule) {
        return schedule != null && schedule.trim().startsWith("P");
    }

    public static Duration period(String schedule) {
        String text = schedule.trim();
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException notDuration) {
            Period period = Period.parse(text);
            return Duration.ofDays(period.getDays() + period.getMonths() * 30L + period.getYears() * 365L);
        }
    }

    public static CronExpression cron(String schedule) throws ParseException {
        CronExpression cron = new CronExpression(schedule.trim());
        cron.setTimeZone(TimeZone.getTimeZone("UTC"));
        return cron;
    }

    /** When the source should next run, given when its last run started (null: never). Null for no schedule. */
    public static Instant next(String schedule, Instant lastStart, Instant now) {
        if (schedule == null || schedule.isBlank()) {
            return null;
        }
        if (isPeriod(schedule)) {
            if (lastStart == null) {
                return now;
            }
            Instant due = lastStart.plus(period(schedule));
            return due.isBefore(now) ? now : due;
        }
        try {
            Date next = cron(schedule).getNextValidTimeAfter(Date.from(now));
            return next == null ? null : next.toInstant();
        } catch (ParseException e) {
            return null;
        }
    }

    /**
     * About how long the schedule waits between runs: the period, or for a cron expression the time
     * between its next two firings; null when there is no schedule (or it never fires again).
     */
    public static Duration typicalInterval(String schedule) {
        if (schedule == null || schedule.isBlank()) {
            return null;
        }
        if (isPeriod(schedule)) {
            return period(schedule);
        }
        try {
            CronExpression cron = cron(schedule);
            Date first = cron.getNextValidTimeAfter(new Date());
            Date second = first == null ? null : cron.getNextValidTimeAfter(first);
            return second == null ? null : Duration.ofMillis(second.getTime() - first.getTime());
        } catch (ParseException e) {
            return null;
        }
    }

    /** Checks every schedule (cron syntax included); a bad one stops start-up with the source's file and line. */
    public static void validate(String file, List<SourceDefinition> sources) {
        List<String> problems = new ArrayList<>();
        for (SourceDefinition source : sources) {
            String schedule = source.schedule();
            if (schedule == null || isPeriod(schedule)) {
                continue;
            }
            try {
                cron(schedule);
            } catch (ParseException e) {
                problems.add(file + ":" + source.line() + ": source '" + source.id() + "': schedule '" + schedule
                        + "' is not a valid Quartz cron expression: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new SourcesException(problems);
        }
    }
}
