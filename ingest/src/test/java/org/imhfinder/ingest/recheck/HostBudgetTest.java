package org.imhfinder.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HostBudgetTest {
    private static final Instant T0 = Instant.parse("2027-01-01T08:00:00Z");

    @Test
    void aHostGetsAtMostItsBudgetInAny24HoursAndOthersAreNotTouched() {
        HostBudget budget = new HostBudget(3);

        assertThat(budget.tryTake("a.org", T0)).isTrue();
        assertThat(budget.tryTake("a.org", T0.plus(Duration.ofHours(1)))).isTrue();
        assertThat(budget.tryTake("a.org", T0.plus(Duration.ofHours(2)))).isTrue();
        assertThat(budget.tryTake("a.org", T0.plus(Duration.ofHours(23)))).isFalse();
        assertThat(budget.tryTake("b.org", T0.plus(Duration.ofHours(23)))).isTrue();
        // a sliding window: the first request leaves it 24 hours after it was made, not at midnight
        assertThat(budget.tryTake("a.org", T0.plus(Duration.ofHours(24)))).isTrue();
        assertThat(budget.tryTake("a.org", T0.plus(Duration.ofHours(24).plusMinutes(30)))).isFalse();
        assertThat(budget.used("a.org", T0.plus(Duration.ofDays(3)))).isZero();
    }

    @Test
    void aRequestedCrawlIsNeverHeldBackButItsRequestsCount() {
        HostBudget budget = new HostBudget(2);
        for (int i = 0; i < 5; i++) {
            budget.take("a.org", T0.plusSeconds(i));
        }

        assertThat(budget.used("a.org", T0.plusSeconds(10))).isEqualTo(5);
        assertThat(budget.tryTake("a.org", T0.plusSeconds(10))).isFalse();
    }

    @Test
    void aRestartRebuildsTheWindowFromRememberedChecksInAnyOrder() {
        HostBudget budget = new HostBudget(2);
        budget.restore("a.org", T0.plus(Duration.ofHours(5)));
        budget.restore("a.org", T0);

        assertThat(budget.tryTake("a.org", T0.plus(Duration.ofHours(6)))).isFalse();
        assertThat(budget.tryTake("a.org", T0.plus(Duration.ofHours(24).plusMinutes(1)))).isTrue();
    }
}
