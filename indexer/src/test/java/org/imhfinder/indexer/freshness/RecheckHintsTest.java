package org.imhfinder.indexer.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.override;
import static org.imhfinder.indexer.Fixtures.snooze;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.RecheckHint;
import org.imhfinder.schema.ReviewReason;
import org.junit.jupiter.api.Test;

class RecheckHintsTest {
    private static final String URL = "https://mi-aimh.org/endorsement/";
    private static final FreshnessRules RULES = new FreshnessRules(
            new FreshnessPolicy(Duration.ofDays(30), Duration.ofDays(90), 3, 0.5));

    @Test
    void aFreshListingsHintNamesItsPageDeadlineAndWhenItTurnsAging() {
        ListingState state = ListingFacts.extracted(ListingState.empty("prg-1"), listing("prg-1", URL, T0));
        ListingState overridden = ListingFacts.decided(state,
                override("prg-1", Map.of("applicationDeadline", "2025-06-01"), T0.plusSeconds(10)));

        RecheckHint hint = RecheckHints.of(overridden, RULES, T0.plusSeconds(60));

        assertThat(hint.programId()).isEqualTo("prg-1");
        assertThat(hint.sourceId()).isEqualTo("mi-aimh");
        assertThat(hint.sourceUrl()).isEqualTo(URL);
        assertThat(hint.status()).isEqualTo(FreshnessStatus.FRESH);
        assertThat(hint.applicationDeadline()).isEqualTo(LocalDate.parse("2025-06-01")); // as shown: the curator's
        assertThat(hint.lastConfirmedAt()).isEqualTo(T0);
        assertThat(hint.agingAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(hint.lastFetchedAt()).isEqualTo(T0);
        assertThat(hint.live()).isTrue();
    }

    @Test
    void aSnoozedFlagStillReachesTheCrawlerAndARetiredListingAsksForNoChecks() {
        ListingState gone = ListingFacts.gone(ListingFacts.extracted(ListingState.empty("prg-1"), listing("prg-1", URL, T0)),
                T0.plusSeconds(60));
        ListingState snoozed = ListingFacts.decided(gone, snooze("prg-1", LocalDate.parse("2025-03-10"), T0.plusSeconds(90)));
        ListingState retired = ListingFacts.decided(gone, decision("prg-1", CurationAction.RETIRE, T0.plusSeconds(90)));

        assertThat(RecheckHints.of(snoozed, RULES, T0.plusSeconds(120)).reasons()).contains(ReviewReason.SOURCE_GONE);
        assertThat(RecheckHints.of(retired, RULES, T0.plusSeconds(120)).live()).isFalse();
        assertThat(RecheckHints.of(ListingState.empty("prg-2"), RULES, T0)).isNull();
    }
}
