package org.imhfinder.indexer.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.snooze;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.imhfinder.indexer.curation.CurationView;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.ReviewReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreshnessRulesTest {
    private static final String URL = "https://mi-aimh.org/endorsement/";
    private static final FreshnessRules RULES = new FreshnessRules(
            new FreshnessPolicy(Duration.ofDays(30), Duration.ofDays(90), 3, 0.5));

    private static ListingState seenAt(Instant at) {
        return ListingFacts.extracted(ListingState.empty("prg-1"), listing("prg-1", URL, at));
    }

    private static FreshnessView view(ListingState state, Instant now) {
        return RULES.evaluate(state, CurationView.of(state.decisions()), now);
    }

    @ParameterizedTest(name = "{0} days after it was last confirmed a listing is {1}")
    @CsvSource({"0, FRESH", "29, FRESH", "30, AGING", "89, AGING", "90, STALE", "400, STALE"})
    void statusFollowsTheAgeOfTheLastConfirmation(int days, FreshnessStatus expected) {
        FreshnessView view = view(seenAt(T0), T0.plus(Duration.ofDays(days)));

        assertThat(view.status()).isEqualTo(expected);
        assertThat(view.reasons().contains(ReviewReason.NOT_SEEN)).isEqualTo(expected != FreshnessStatus.FRESH);
    }

    @Test
    void aCuratorConfirmationKeepsAListingFreshThatNoCrawlSaw() {
        ListingState state = ListingFacts.decided(seenAt(T0), decision("prg-1", CurationAction.CONFIRM, T0.plus(Duration.ofDays(60))));

        FreshnessView view = view(state, T0.plus(Duration.ofDays(70)));

        assertThat(view.status()).isEqualTo(FreshnessStatus.FRESH);
        assertThat(view.lastSeenAt()).isEqualTo(T0);
        assertThat(view.lastConfirmedAt()).isEqualTo(T0.plus(Duration.ofDays(60)));
    }

    @Test
    void aPageThatAnswers404AfterTheLastSightingMakesTheListingGone() {
        ListingState state = ListingFacts.gone(seenAt(T0), T0.plusSeconds(60));

        FreshnessView view = view(state, T0.plusSeconds(120));

        assertThat(view.status()).isEqualTo(FreshnessStatus.GONE);
        assertThat(view.reasons()).containsExactly(ReviewReason.SOURCE_GONE);
        assertThat(view.reviewPriority()).isEqualTo(60);
    }

    @Test
    void aSightingAfterTheGoneSignalBringsTheListingBack() {
        ListingState state = ListingFacts.seen(ListingFacts.gone(seenAt(T0), T0.plusSeconds(60)), T0.plusSeconds(120));

        assertThat(view(state, T0.plusSeconds(130)).status()).isEqualTo(FreshnessStatus.FRESH);
    }

    @Test
    void retiredStaysRetiredWhateverTheCrawlsSayAndNeedsNoReview() {
        ListingState retired = ListingFacts.decided(seenAt(T0), decision("prg-1", CurationAction.RETIRE, T0.plusSeconds(10)));
        ListingState crawledAgain = ListingFacts.extracted(retired, listing("prg-1", URL, T0.plusSeconds(100)));

        FreshnessView view = view(crawledAgain, T0.plusSeconds(200));

        assertThat(view.status()).isEqualTo(FreshnessStatus.RETIRED);
        assertThat(view.reasons()).isEmpty();
        assertThat(view.reviewPriority()).isZero();
        assertThat(view.recheckAt()).isNull();
    }

    @Test
    void failedFetchesFlagOnlyFromTheThresholdOnAndOnlyAfterTheLastSighting() {
        ListingState state = seenAt(T0);
        state = ListingFacts.fetchFailed(state, T0.minusSeconds(10));
        state = ListingFacts.fetchFailed(state, T0.plusSeconds(10));
        state = ListingFacts.fetchFailed(state, T0.plusSeconds(20));
        assertThat(view(state, T0.plusSeconds(30)).reasons()).doesNotContain(ReviewReason.FETCH_ERRORS);

        state = ListingFacts.fetchFailed(state, T0.plusSeconds(30));

        assertThat(view(state, T0.plusSeconds(40)).reasons()).containsExactly(ReviewReason.FETCH_ERRORS);
        assertThat(view(ListingFacts.seen(state, T0.plusSeconds(50)), T0.plusSeconds(60)).reasons()).isEmpty();
    }

    @Test
    void keyFieldChangesAreFlaggedUntilACuratorConfirmsThem() {
        ProgramListing changed = listing("prg-1", URL, T0.plusSeconds(60)).toBuilder().cost("$350").trainingHours(40)
                .crawlId("crawl-2").build();
        ListingState state = ListingFacts.extracted(seenAt(T0), org.imhfinder.indexer.Fixtures.withHash(changed));

        FreshnessView flagged = view(state, T0.plusSeconds(70));
        assertThat(flagged.reasons()).containsExactly(ReviewReason.CONTENT_CHANGED);
        assertThat(flagged.changedFields()).containsExactly("cost", "trainingHours");
        assertThat(flagged.lastChangedAt()).isEqualTo(T0.plusSeconds(60));

        ListingState confirmed = ListingFacts.decided(state, decision("prg-1", CurationAction.CONFIRM, T0.plusSeconds(80)));
        assertThat(view(confirmed, T0.plusSeconds(90)).reasons()).isEmpty();
    }

    @Test
    void aDescriptionRewriteIsNotAKeyFieldChange() {
        ProgramListing reworded = listing("prg-1", URL, T0.plusSeconds(60)).toBuilder().description("New wording.").build();

        ListingState state = ListingFacts.extracted(seenAt(T0), org.imhfinder.indexer.Fixtures.withHash(reworded));

        assertThat(view(state, T0.plusSeconds(70)).reasons()).isEmpty();
        assertThat(view(state, T0.plusSeconds(70)).lastChangedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void anExtractionWithFarFewerFieldsIsDegraded() {
        ProgramListing broken = org.imhfinder.indexer.Fixtures.withHash(ProgramListing.builder().id("prg-1")
                .sourceId("mi-aimh").sourceUrl(URL).name("Infant Mental Health Specialist Endorsement")
                .level("Infant Mental Health Specialist (Level III)").fetchedAt(T0.plusSeconds(60)).build());

        FreshnessView view = view(ListingFacts.extracted(seenAt(T0), broken), T0.plusSeconds(70));

        assertThat(view.reasons()).as("values lost are degradation, not a change of the program")
                .contains(ReviewReason.EXTRACTION_DEGRADED).doesNotContain(ReviewReason.CONTENT_CHANGED);
        assertThat(view.reviewPriority()).isEqualTo(45);
    }

    @Test
    void aPassedDeadlineIsFlaggedTheDayAfterUntilConfirmed() {
        ProgramListing withDeadline = org.imhfinder.indexer.Fixtures.withHash(listing("prg-1", URL, T0).toBuilder()
                .applicationDeadline(LocalDate.parse("2025-03-15")).build());
        ListingState state = ListingFacts.extracted(ListingState.empty("prg-1"), withDeadline);

        assertThat(view(state, Instant.parse("2025-03-15T23:59:00Z")).reasons()).isEmpty();
        assertThat(view(state, Instant.parse("2025-03-16T00:00:00Z")).reasons()).containsExactly(ReviewReason.DEADLINE_PASSED);
        assertThat(view(state, T0).recheckAt()).isEqualTo(Instant.parse("2025-03-16T00:00:00Z"));

        ListingState confirmed = ListingFacts.decided(state, decision("prg-1", CurationAction.CONFIRM,
                Instant.parse("2025-03-17T09:00:00Z")));
        assertThat(view(confirmed, Instant.parse("2025-03-18T00:00:00Z")).reasons()).isEmpty();
    }

    @Test
    void aSnoozeHidesTheReasonsThroughItsLastDay() {
        ListingState gone = ListingFacts.gone(seenAt(T0), T0.plusSeconds(60));
        ListingState snoozed = ListingFacts.decided(gone, snooze("prg-1", LocalDate.parse("2025-03-10"), T0.plusSeconds(90)));

        FreshnessView during = view(snoozed, Instant.parse("2025-03-10T12:00:00Z"));
        assertThat(during.status()).isEqualTo(FreshnessStatus.GONE);
        assertThat(during.reasons()).isEmpty();
        assertThat(during.snoozedReasons()).containsExactly(ReviewReason.SOURCE_GONE);
        assertThat(during.reviewPriority()).isZero();
        assertThat(during.recheckAt()).isEqualTo(Instant.parse("2025-03-11T00:00:00Z"));

        assertThat(view(snoozed, Instant.parse("2025-03-11T00:00:00Z")).reasons()).containsExactly(ReviewReason.SOURCE_GONE);
    }

    @Test
    void goneAndChangedRankAboveMerelyAging() {
        FreshnessView aging = view(seenAt(T0), T0.plus(Duration.ofDays(40)));
        FreshnessView stale = view(seenAt(T0), T0.plus(Duration.ofDays(100)));
        FreshnessView gone = view(ListingFacts.gone(seenAt(T0), T0.plusSeconds(1)), T0.plusSeconds(2));

        assertThat(List.of(gone.reviewPriority(), stale.reviewPriority(), aging.reviewPriority()))
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a))
                .doesNotHaveDuplicates()
                .allMatch(p -> p > 0);
    }

    @Test
    void aFreshListingIsRecheckedWhenItTurnsAging() {
        assertThat(view(seenAt(T0), T0.plusSeconds(5)).recheckAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(view(seenAt(T0), T0.plus(Duration.ofDays(31))).recheckAt()).isEqualTo(T0.plus(Duration.ofDays(90)));
        assertThat(view(seenAt(T0), T0.plus(Duration.ofDays(91))).recheckAt()).isNull();
    }
}
