package org.imhfinder.indexer.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.override;

import java.util.Map;
import org.imhfinder.indexer.batch.RecordSource;
import org.imhfinder.indexer.curation.CurationView;
import org.imhfinder.indexer.freshness.FreshnessPolicy;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.freshness.ListingFacts;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.Test;

class RebuildFoldTest {
    private static final String URL = "https://mi-aimh.org/endorsement/";
    private final RebuildFold fold = new RebuildFold(new History(new FreshnessRules(FreshnessPolicy.defaults())),
            T0.plusSeconds(3600));
    private long offset;

    private void feed(String topic, String key, Object value) {
        fold.accept(new RecordSource(topic, 0, offset++, key, value == null ? null : Json.write(value)));
    }

    @Test
    void theProgramsAndEveryDecisionAloneRebuildTheCuratedListing() {
        feed(Topics.PROGRAMS, "prg-1", listing("prg-1", URL, T0));
        feed(Topics.CURATION, "prg-1", override("prg-1", Map.of("cost", "$1"), T0.plusSeconds(1)));
        feed(Topics.CURATION, "prg-1", decision("prg-1", CurationAction.RETIRE, T0.plusSeconds(2)));

        ListingState state = fold.states().iterator().next();

        CurationView curation = CurationView.of(state.decisions());
        assertThat(curation.retired()).isTrue();
        assertThat(curation.overrides()).containsKey("cost");
        assertThat(state.events()).isNotEmpty();
    }

    @Test
    void theJournaledStateKeepsWhatOnlyPageOutcomesKnew() {
        ListingState journaled = ListingFacts.gone(ListingFacts.extracted(ListingState.empty("prg-1"),
                listing("prg-1", URL, T0)), T0.plusSeconds(60));
        feed(Topics.LISTING_STATE, "prg-1", journaled);
        feed(Topics.PROGRAMS, "prg-1", listing("prg-1", URL, T0));

        ListingState state = fold.states().iterator().next();

        assertThat(state.goneAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(fold.newerThanJournal(state)).isFalse();
    }

    @Test
    void decisionsAboutUnknownListingsAndUnreadableRecordsAreCountedNotApplied() {
        feed(Topics.CURATION, "prg-9", decision("prg-9", CurationAction.CONFIRM, T0));
        fold.accept(new RecordSource(Topics.PROGRAMS, 0, offset++, "prg-2", "{broken"));
        feed(Topics.PROGRAMS, "prg-3", null);

        assertThat(fold.states()).isEmpty();
        assertThat(fold.decisionsWithoutListing()).isEqualTo(1);
        assertThat(fold.skipped()).isEqualTo(1);
    }
}
