package org.imhfinder.searchapi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextRunTest {
    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z"); // a Wednesday

    @ParameterizedTest(name = "{0} after a run at {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "P7D, 2026-05-01T08:00:00Z, 2026-05-08T08:00:00Z",
            "PT6H, 2026-05-06T08:00:00Z, 2026-05-06T14:00:00Z",
            "P7D, -, -",
            "0 0 3 ? * MON, -, 2026-05-11T03:00:00Z",
            "0 30 * * * ?, 2026-05-06T11:00:00Z, 2026-05-06T12:30:00Z",
            "-, 2026-05-01T08:00:00Z, -",
            "not a schedule, -, -"})
    void theNextRunFollowsTheSchedule(String schedule, String last, String expected) {
        assertThat(NextRun.of(schedule, last == null ? null : Instant.parse(last), NOW))
                .isEqualTo(java.util.Optional.ofNullable(expected).map(Instant::parse));
    }
}
