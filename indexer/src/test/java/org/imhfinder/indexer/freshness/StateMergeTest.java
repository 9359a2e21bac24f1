package org.imhfinder.indexer.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.imhfinder.indexer.Fixtures;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.ListingState;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class StateMergeTest {
    private static final String URL = "https://mi-aimh.org/endorsement/";

    /** Facts about one listing, as several indexer instances might each have seen some of them. */
    private static final List<UnaryOperator<ListingState>> FACTS = List.of(
            s -> ListingFacts.extracted(s, listing("prg-1", URL, T0)),
            s -> ListingFacts.extracted(s, Fixtures.withHash(listing("prg-1", URL, T0.plusSeconds(100)).toBuilder().cost("$1").build())),
            s -> ListingFacts.seen(s, T0.plusSeconds(150)),
            s -> ListingFacts.fetchFailed(s, T0.plusSeconds(200)),
            s -> ListingFacts.fetchFailed(s, T0.plusSeconds(210)),
            s -> ListingFacts.gone(s, T0.plusSeconds(50)),
            s -> ListingFacts.moved(s, URL, URL + "new/", T0.plusSeconds(300)),
            s -> ListingFacts.decided(s, decision("prg-1", CurationAction.SNOOZE, T0.plusSeconds(5))));

    private static final List<ListingState> STATES = FACTS.stream().map(f -> f.apply(ListingState.empty("prg-1"))).toList();

    @Test
    void mergingAStateWithItselfChangesNothing() {
        ListingState all = mergeAll(STATES);

        assertThat(StateMerge.merge(all, all)).isEqualTo(all);
    }

    @RepeatedTest(20)
    void theOrderOfMergingDoesNotMatter() {
        List<ListingState> shuffled = new ArrayList<>(STATES);
        Collections.shuffle(shuffled, new Random());

        assertThat(mergeAll(shuffled)).isEqualTo(mergeAll(STATES));
    }

    @Test
    void theMergeKeepsTheLatestOfEveryKind() {
        ListingState all = mergeAll(STATES);

        assertThat(all.listing().cost()).isEqualTo("$1");
        assertThat(all.lastSeenAt()).isEqualTo(T0.plusSeconds(150));
        assertThat(all.failedFetches()).containsExactly(T0.plusSeconds(200), T0.plusSeconds(210));
        assertThat(all.decisions()).hasSize(1);
    }

    @Test
    void aStateMergedWithAnOlderSnapshotOfItselfStaysAsItIs() {
        ListingState older = FACTS.get(0).apply(ListingState.empty("prg-1"));
        ListingState newer = FACTS.get(2).apply(FACTS.get(1).apply(older));

        assertThat(StateMerge.merge(newer, older).listing()).isEqualTo(newer.listing());
        assertThat(StateMerge.merge(newer, older).lastSeenAt()).isEqualTo(newer.lastSeenAt());
    }

    private static ListingState mergeAll(List<ListingState> states) {
        ListingState merged = ListingState.empty("prg-1");
        for (ListingState s : states) {
            merged = StateMerge.merge(merged, s);
        }
        return merged;
    }
}
