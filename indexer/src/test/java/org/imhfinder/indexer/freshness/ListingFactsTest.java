package org.imhfinder.indexer.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;

import org.imhfinder.indexer.Fixtures;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;
import org.junit.jupiter.api.Test;

class ListingFactsTest {
    private static final String URL = "https://mi-aimh.org/endorsement/";
    private static final String NEW_URL = "https://mi-aimh.org/endorsement/specialist/";

    private static ListingState first() {
        return ListingFacts.extracted(ListingState.empty("prg-1"), listing("prg-1", URL, T0));
    }

    @Test
    void theFirstExtractionSetsContentSeenAndBaseline() {
        ListingState state = first();

        assertThat(state.listing().id()).isEqualTo("prg-1");
        assertThat(state.sourceUrl()).isEqualTo(URL);
        assertThat(state.lastSeenAt()).isEqualTo(T0);
        assertThat(state.contentSince()).isEqualTo(T0);
        assertThat(state.baseline().confirmed()).isFalse();
        assertThat(state.peakFieldCount()).isPositive();
    }

    @Test
    void theSameExtractionTwiceChangesNothing() {
        ListingState once = first();

        assertThat(ListingFacts.extracted(once, listing("prg-1", URL, T0))).isEqualTo(once);
    }

    @Test
    void anOlderExtractionArrivingLateNeverReplacesANewerOne() {
        ProgramListing newer = Fixtures.withHash(listing("prg-1", URL, T0.plusSeconds(60)).toBuilder().cost("$350").build());
        ListingState state = ListingFacts.extracted(ListingState.empty("prg-1"), newer);

        ListingState after = ListingFacts.extracted(state, listing("prg-1", URL, T0));

        assertThat(after.listing().cost()).isEqualTo("$350");
        assertThat(after.listing().fetchedAt()).isEqualTo(newer.fetchedAt());
        assertThat(after.lastSeenAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(after.baseline().at()).as("the earlier extraction is the first one: the baseline").isEqualTo(T0);
    }

    @Test
    void anUnchangedRecrawlMovesLastSeenButNotLastChanged() {
        ListingState state = ListingFacts.extracted(first(), listing("prg-1", URL, T0.plusSeconds(60)));

        assertThat(state.lastSeenAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(state.contentSince()).isEqualTo(T0);
    }

    @Test
    void aGoneSignalOlderThanTheLastSightingIsKeptButDoesNotWin() {
        ListingState state = ListingFacts.gone(ListingFacts.seen(first(), T0.plusSeconds(60)), T0.plusSeconds(30));

        assertThat(state.goneAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(state.lastSeenAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void theSameFailedFetchCountsOnce() {
        ListingState once = ListingFacts.fetchFailed(first(), T0.plusSeconds(10));

        assertThat(ListingFacts.fetchFailed(once, T0.plusSeconds(10))).isEqualTo(once);
        assertThat(once.failedFetches()).containsExactly(T0.plusSeconds(10));
    }

    @Test
    void aMovedPageKeepsItsListingAndRemembersTheOldUrl() {
        ListingState state = ListingFacts.moved(first(), URL, NEW_URL, T0.plusSeconds(60));

        assertThat(state.programId()).isEqualTo("prg-1");
        assertThat(state.sourceUrl()).isEqualTo(NEW_URL);
        assertThat(state.previousUrls()).containsExactly(URL);
        assertThat(state.movedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(ListingFacts.moved(state, URL, NEW_URL, T0.plusSeconds(60))).isEqualTo(state);
    }

    @Test
    void anotherPageDescribingTheProgramIsMoreEvidenceNotAMove() {
        ListingState state = ListingFacts.extracted(first(), listing("prg-1", NEW_URL, T0.plusSeconds(60)));

        assertThat(state.sourceUrl()).isEqualTo(URL);
        assertThat(state.movedAt()).isNull();
        assertThat(state.listing().alsoDescribedOn()).containsExactly(NEW_URL);
        assertThat(state.evidence()).extracting(ProgramListing::sourceUrl).containsExactlyInAnyOrder(URL, NEW_URL);
    }

    @Test
    void aProgramWhosePageDropsItWhileAnotherPageDescribesItHasMoved() {
        ListingState both = ListingFacts.extracted(first(), listing("prg-1", NEW_URL, T0.plusSeconds(60)));

        ListingState state = ListingFacts.droppedBy(both, URL, T0.plusSeconds(61));

        assertThat(state.sourceUrl()).isEqualTo(NEW_URL);
        assertThat(state.previousUrls()).containsExactly(URL);
        assertThat(state.movedAt()).isEqualTo(T0.plusSeconds(61));
        assertThat(state.goneAt()).isNull();
    }

    @Test
    void aSummaryThatStopsMentioningTheProgramChangesNothingButTheEvidence() {
        ProgramListing summary = listing("prg-1", "https://mi-aimh.org/programs/", T0.plusSeconds(5)).toBuilder()
                .evidence(org.imhfinder.schema.EvidenceRole.SUMMARY).build();
        ListingState state = ListingFacts.extracted(first(), summary);

        ListingState after = ListingFacts.droppedBy(state, "https://mi-aimh.org/programs/", T0.plusSeconds(60));

        assertThat(after.sourceUrl()).isEqualTo(URL);
        assertThat(after.goneAt()).isNull();
        assertThat(after.movedAt()).isNull();
        assertThat(after.evidence()).extracting(ProgramListing::sourceUrl).containsExactly(URL);
    }

    @Test
    void theOwnPageGoneMakesTheProgramGoneEvenWhileASummaryStillListsIt() {
        ProgramListing summary = listing("prg-1", "https://mi-aimh.org/programs/", T0.plusSeconds(5)).toBuilder()
                .evidence(org.imhfinder.schema.EvidenceRole.SUMMARY).build();
        ListingState state = ListingFacts.pageGone(ListingFacts.extracted(first(), summary), URL, T0.plusSeconds(60));

        ListingState after = ListingFacts.extracted(state, summary.toBuilder().fetchedAt(T0.plusSeconds(70)).build());

        assertThat(after.sourceUrl()).isEqualTo(URL);
        assertThat(after.goneAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(after.lastSeenAt()).as("a summary is not the program's page being seen").isEqualTo(T0);
    }

    @Test
    void anOlderExtractionFromTheOldUrlDoesNotMoveTheListingBack() {
        ListingState moved = ListingFacts.droppedBy(ListingFacts.extracted(first(), listing("prg-1", NEW_URL,
                T0.plusSeconds(60))), URL, T0.plusSeconds(61));

        ListingState state = ListingFacts.extracted(moved, listing("prg-1", URL, T0.plusSeconds(30)));

        assertThat(state.sourceUrl()).isEqualTo(NEW_URL);
    }

    @Test
    void aDecisionAppliesOnceAndDecisionsStayInDecisionOrder() {
        CurationDecision later = decision("prg-1", CurationAction.CONFIRM, T0.plusSeconds(20));
        CurationDecision earlier = decision("prg-1", CurationAction.SNOOZE, T0.plusSeconds(10));

        ListingState state = ListingFacts.decided(ListingFacts.decided(first(), later), earlier);

        assertThat(state.decisions()).containsExactly(earlier, later);
        assertThat(ListingFacts.decided(state, later)).isEqualTo(state);
    }

    @Test
    void aConfirmAcceptsTheContentTheCuratorSawButNotALaterChange() {
        ProgramListing changed = Fixtures.withHash(listing("prg-1", URL, T0.plusSeconds(60)).toBuilder().cost("$350")
                .crawlId("crawl-2").build());
        ListingState state = ListingFacts.extracted(first(), changed);

        ListingState confirmedBefore = ListingFacts.decided(state, decision("prg-1", CurationAction.CONFIRM, T0.plusSeconds(30)));
        ListingState confirmedAfter = ListingFacts.decided(state, decision("prg-1", CurationAction.CONFIRM, T0.plusSeconds(90)));

        assertThat(confirmedBefore.baseline()).isEqualTo(state.baseline());
        assertThat(confirmedAfter.baseline().confirmed()).isTrue();
        assertThat(confirmedAfter.baseline().fingerprints()).isEqualTo(KeyFields.fingerprints(changed));
    }

    @Test
    void theFirstCrawlsPagesAddUpToOneBaselineWhicheverArrivesFirst() {
        ProgramListing summary = Fixtures.withHash(listing("prg-1", "https://mi-aimh.org/programs/", T0).toBuilder()
                .name("Specialist (Level III)").trainingHours(24).evidence(org.imhfinder.schema.EvidenceRole.SUMMARY).build());
        ListingState state = ListingFacts.extracted(ListingState.empty("prg-1"), summary);

        ListingState both = ListingFacts.extracted(state, listing("prg-1", URL, T0.plusSeconds(5)));

        assertThat(both.sourceUrl()).isEqualTo(URL);
        assertThat(changed(both)).as("the own page of the same crawl is where the program starts, not a change").isEmpty();
        ProgramListing recrawled = Fixtures.withHash(listing("prg-1", URL, T0.plusSeconds(60)).toBuilder().trainingHours(40)
                .crawlId("crawl-2").build());
        assertThat(changed(ListingFacts.extracted(both, recrawled))).containsExactly("trainingHours");
    }

    @Test
    void aRedirectTheListingAlreadyFollowedIsTheSameMoveAnsweredAgain() {
        ListingState moved = ListingFacts.moved(first(), URL, NEW_URL, T0.plusSeconds(60));

        ListingState again = ListingFacts.moved(moved, URL, NEW_URL, T0.plusSeconds(3600));

        assertThat(again).isEqualTo(moved);
        assertThat(again.movedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aMoveKeepsTheNewPagesEvidenceWhenItArrivedFirst() {
        ProgramListing there = Fixtures.withHash(listing("prg-1", NEW_URL, T0.plusSeconds(61)).toBuilder().cost("$350")
                .crawlId("crawl-2").build());
        ListingState both = ListingFacts.extracted(first(), there);

        ListingState moved = ListingFacts.moved(both, URL, NEW_URL, T0.plusSeconds(60));

        assertThat(moved.sourceUrl()).isEqualTo(NEW_URL);
        assertThat(moved.evidence()).containsExactly(there);
        assertThat(moved.listing().cost()).isEqualTo("$350");
    }

    @Test
    void aPageReadAgainOnceItsDocumentArrivedWinsOverTheSameFetchReadWithout() {
        ProgramListing withoutDocument = Fixtures.withHash(listing("prg-1", URL, T0.plusSeconds(60)).toBuilder()
                .trainingHours(null).crawlId("crawl-2").build());
        ProgramListing withDocument = listing("prg-1", URL, T0.plusSeconds(60)).toBuilder().crawlId("crawl-2").build();

        ListingState inOrder = ListingFacts.extracted(ListingFacts.extracted(first(), withoutDocument), withDocument);
        ListingState reversed = ListingFacts.extracted(ListingFacts.extracted(first(), withDocument), withoutDocument);

        assertThat(inOrder.listing().trainingHours()).isEqualTo(30);
        assertThat(reversed.listing().trainingHours()).isEqualTo(30);
    }

    private static java.util.List<String> changed(ListingState state) {
        return KeyFields.changed(state.baseline().fingerprints(), KeyFields.fingerprints(state.listing()));
    }
}
