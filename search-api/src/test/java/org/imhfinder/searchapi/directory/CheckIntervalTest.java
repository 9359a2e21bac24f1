package org.imhfinder.searchapi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.imhfinder.sources.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckIntervalTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            P7D              | every 7 days
            P1D              | every day
            PT6H             | every 6 hours
            PT10M            | every 10 minutes
            P1M              | every 30 days
            0 0 3 ? * MON    | every 7 days
            0 30 2 * * ?     | every day
            """)
    void aScheduleReadsAsHowOftenItsSourceIsChecked(String schedule, String words) {
        Duration every = Schedule.parse(schedule).interval(NOW).orElseThrow();

        assertThat(CheckInterval.words(every)).isEqualTo(words);
    }
}
