package org.imhfinder.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.imhfinder.sources.SourcesException;
import org.imhfinder.sources.SourcesFile;
import org.junit.jupiter.api.Test;

class SchedulesTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void aPeriodCountsFromTheLastRunsStartAndANeverRunSourceRunsNow() {
        assertThat(Schedules.next("P7D", null, NOW)).isEqualTo(NOW);
        assertThat(Schedules.next("P7D", NOW.minus(Duration.ofDays(2)), NOW)).isEqualTo(NOW.plus(Duration.ofDays(5)));
        assertThat(Schedules.next("PT6H", NOW.minus(Duration.ofDays(2)), NOW)).isEqualTo(NOW);
    }

    @Test
    void aCronExpressionFiresAtItsNextTimeInUtc() {
        assertThat(Schedules.next("0 0 3 * * ?", null, NOW)).isEqualTo(Instant.parse("2026-01-06T03:00:00Z"));
    }

    @Test
    void noScheduleMeansOnlyWhenAsked() {
        assertThat(Schedules.next(null, null, NOW)).isNull();
    }

    @Test
    void aBadCronExpressionStopsStartWithTheSourcesFileAndLine() {
        var sources = SourcesFile.parse("sources.yml", """
                sources:
                  - id: fine
                    name: Fine
                    providerType: OTHER
                    seeds: [https://example.org/]
                    schedule: P7D
                  - id: broken
                    name: Broken
                    providerType: OTHER
                    seeds: [https://example.org/]
                    schedule: "0 0 25 * * ?"
                """);

        assertThatThrownBy(() -> Schedules.validate("sources.yml", sources))
                .isInstanceOf(SourcesException.class)
                .hasMessageContaining("sources.yml:7:")
                .hasMessageContaining("'broken'");
    }
}
