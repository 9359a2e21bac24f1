package org.imhfinder.sources;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * A source's schedule, parsed once: an ISO-8601 period ({@code P7D}, {@code PT6H}) counted from the
 * start of the source's last run, or a Quartz cron expression read in UTC. {@link #next} is the one
 * rule for when the source runs next: ingest's scheduler, the API's sources report and
 * {@code imh status} all ask it, so they cannot disagree.
 *
 * <p>A period with months or years has no fixed length; it counts a month as 30 days and a year as
 * 365 days (a timer needs one length, and the report must show the time the timer will fire).
 */
public final class Schedule {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final String text;
    private final Duration period;
    private final CronExpression cron;

    private Schedule(String text, Duration period, CronExpression cron) {
        this.text = text;
        this.period = period;
        this.cron = cron;
    }

    /**
     * Parses a schedule; throws {@link IllegalArgumentException} saying why it is not one (a period
     * of zero or less, a period that does not parse, a cron expression Quartz refuses).
     */
    public static Schedule parse(String text) {
        String trimmed = Objects.requireNonNull(text, "schedule").trim();
        if (trimmed.startsWith("P")) {
            return new Schedule(trimmed, period(trimmed), null);
        }
        try {
            CronExpression cron = new CronExpression(trimmed);
            cron.setTimeZone(UTC);
            return new Schedule(trimmed, null, cron);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("is neither an ISO-8601 period (P7D, PT6H) nor a valid Quartz cron expression: "
                    + e.getMessage());
        }
    }

    private static Duration period(String text) {
        Duration length;
        try {
            length = Duration.parse(text);
        } catch (DateTimeParseException notDuration) {
            try {
                Period period = Period.parse(text);
                length = Duration.ofDays(period.getYears() * 365L + period.getMonths() * 30L + period.getDays());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("is not an ISO-8601 period (P7D, PT6H)");
            }
        }
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("must be longer than zero");
        }
        return length;
    }

    /** The schedule as the sources file spells it. */
    public String text() {
        return text;
    }

    public boolean isPeriod() {
        return period != null;
    }

    /** The period's length (months 30 days, years 365); empty for a cron expression. */
    public Optional<Duration> period() {
        return Optional.ofNullable(period);
    }

    /** The cron expression's text for Camel's quartz endpoint; empty for a period. */
    public Optional<String> cronExpression() {
        return cron == null ? Optional.empty() : Optional.of(text);
    }

    /**
     * When the source runs next. A period: its length after the last run's start, or now when it has
     * never run or is overdue (an overdue source is due at once, not at a time in the past). A cron
     * expression: its next firing after now, whatever the last run; null when it never fires again.
     */
    public synchronized Instant next(Instant lastStart, Instant now) { // Quartz's expression is not safe to share unlocked
        if (period != null) {
            if (lastStart == null) {
                return now;
            }
            Instant due = lastStart.plus(period);
            return due.isBefore(now) ? now : due;
        }
        Date next = cron.getNextValidTimeAfter(Date.from(now));
        return next == null ? null : next.toInstant();
    }

    /**
     * About how long the schedule waits between runs: the period, or for a cron expression the time
     * between its next two firings after {@code now}; empty when the cron expression stops firing.
     */
    public synchronized Optional<Duration> interval(Instant now) {
        if (period != null) {
            return Optional.of(period);
        }
        Date first = cron.getNextValidTimeAfter(Date.from(now));
        Date second = first == null ? null : cron.getNextValidTimeAfter(first);
        return second == null ? Optional.empty() : Optional.of(Duration.ofMillis(second.getTime() - first.getTime()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule s && s.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
