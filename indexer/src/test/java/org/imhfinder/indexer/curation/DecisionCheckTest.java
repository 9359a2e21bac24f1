package org.imhfinder.indexer.curation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.snooze;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.imhfinder.schema.InvalidRecordException;
import org.junit.jupiter.api.Test;

class DecisionCheckTest {
    private static final LocalDate DECIDED = T0.atZone(ZoneOffset.UTC).toLocalDate();

    @Test
    void aSnoozeWithinTwoYearsOfItsDecisionIsApplied() {
        assertThatCode(() -> DecisionCheck.check(snooze("prg-1", DECIDED.plusYears(2), T0), "prg-1")).doesNotThrowAnyException();
    }

    @Test
    void aSnoozeBeyondTheHorizonIsRefusedWithTheDate() {
        assertThatThrownBy(() -> DecisionCheck.check(snooze("prg-1", LocalDate.of(999_999_999, 1, 1), T0), "prg-1"))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("until").hasMessageContaining("+999999999");
        assertThatThrownBy(() -> DecisionCheck.check(snooze("prg-1", DECIDED.plusYears(2).plusDays(1), T0), "prg-1"))
                .isInstanceOf(InvalidRecordException.class);
    }
}
