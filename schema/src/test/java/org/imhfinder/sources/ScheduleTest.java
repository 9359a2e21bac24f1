package org.imhfinder.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {
    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z"); // a Wednesday

    @ParameterizedTest(name = "{0} after a run at {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "P7D,           2026-05-01T08:00:00Z, 2026-05-08T08:00:00Z",
            "PT6H,          2026-05-06T08:00:00Z, 2026-05-06T14:00:00Z",
            "P7D,           -,                    2026-05-06T12:00:00Z", // never run: due now
            "PT6H,          2026-05-04T08:00:00Z, 2026-05-06T12:00:00Z", // overdue: due now, not in the past
            "P1M,           2026-04-20T12:00:00Z, 2026-05-20T12:00:00Z", // a month is 30 days
            "P1Y,           2026-01-01T00:00:00Z, 2027-01-01T00:00:00Z", // a year is 365 days
            "0 0 3 ? * MON, -,                    2026-05-11T03:00:00Z", // cron: next firing in UTC
            "0 30 * * * ?,  2026-05-06T11:00:00Z, 2026-05-06T12:30:00Z"})
    void theNextRunFollowsOneRule(String schedule, String last, String expected) {
        assertThat(Schedule.parse(schedule).next(last == null ? null : Instant.parse(last), NOW))
                .isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}: every {1}")
    @CsvSource({"P7D, PT168H", "PT6H, PT6H", "P1Y, PT8760H", "0 0 3 * * ?, PT24H", "0 0 3 ? * MON, PT168H"})
    void theIntervalIsThePeriodOrTheTimeBetweenTwoFirings(String schedule, Duration every) {
        assertThat(Schedule.parse(schedule).interval(NOW)).contains(every);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "P0D          | must be longer than zero",
            "PT-6H        | must be longer than zero",
            "Pweekly      | is not an ISO-8601 period",
            "weekly       | nor a valid Quartz cron expression",
            "0 0 25 * * ? | nor a valid Quartz cron expression",
            "0 0 3 * *    | nor a valid Quartz cron expression"})
    void aScheduleThatIsNotOneSaysWhy(String schedule, String reason) {
        assertThatThrownBy(() -> Schedule.parse(schedule)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }
}
