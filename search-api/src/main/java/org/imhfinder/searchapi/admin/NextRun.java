package org.imhfinder.searchapi.admin;

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
 * When a source's schedule starts it next: a period counts from the last run's start; a Quartz
 * cron expression (UTC) from now. No schedule, or a period and no run yet, has no known next run.
 */
public final class NextRun {
    private NextRun() {
    }

    public static Optional<Instant> of(String schedule, Instant lastStartedAt, Instant now) {
        if (schedule == null || schedule.isBlank()) {
            return Optional.empty();
        }
        if (schedule.startsWith("P")) {
            return period(schedule).flatMap(p -> Optional.ofNullable(lastStartedAt).map(last -> last.plus(p)));
        }
        try {
            CronExpression cron = new CronExpression(schedule);
            cron.setTimeZone(TimeZone.getTimeZone("UTC"));
            return Optional.ofNullable(cron.getNextValidTimeAfter(Date.from(now))).map(Date::toInstant);
        } catch (ParseException e) {
            return Optional.empty();
        }
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
