package org.imhfinder.indexer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.listing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imhfinder.indexer.curation.CurationView;
import org.imhfinder.indexer.freshness.FreshnessPolicy;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.freshness.FreshnessView;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.indexer.freshness.RecheckHints;
import org.imhfinder.indexer.store.StateJournal;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.RecheckHint;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.Test;

/**
 * A batch evaluates the freshness rules once per listing state it produces: the history entry,
 * the document and the recheck hint all read that one view (issue 20: three or more evaluations
 * per listing, hidden behind a process-wide cache).
 */
class FreshnessOncePerListingTest {
    private static final Instant NOW = T0.plusSeconds(3600);

    /** The rules, counting how often each listing's freshness is evaluated. */
    private static final class CountingRules extends FreshnessRules {
        final Map<String, Integer> evaluations = new ConcurrentHashMap<>();

        CountingRules() {
            super(FreshnessPolicy.defaults());
        }

        @Override
        public FreshnessView evaluate(ListingState state, CurationView curation, Instant now) {
            evaluations.merge(state.programId(), 1, Integer::sum);
            return super.evaluate(state, curation, now);
        }
    }

    private final CountingRules rules = new CountingRules();
    private final InMemoryStore store = new InMemoryStore();
    private final List<RecheckHint> hints = new ArrayList<>();
    /** Journals as the stage's Kafka journal does: each state with its recheck hint, made from the batch's view. */
    private final StateJournal journal = new StateJournal() {
        @Override
        public void publish(Collection<ListingState> states) {
            send(states.stream().map(state -> new Judged(state, null)).toList()).await();
        }

        @Override
        public Acks send(Collection<Judged> states) {
            states.forEach(judged -> hints.add(RecheckHints.of(judged, rules, NOW)));
            return () -> { };
        }
    };
    private long offset;

    private IndexBatch.Report index(List<RecordSource> records) {
        return new IndexBatch(store, journal, (source, reason) -> { }, rules, new SimpleMeterRegistry(),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(1), Backoff.NONE).index(records);
    }

    private RecordSource extracted(String id) {
        return new RecordSource(Topics.PROGRAMS, 0, offset++, id,
                Json.write(listing(id, "https://mi-aimh.org/programs/" + id + "/", T0)));
    }

    @Test
    void aBatchOfNewListingsEvaluatesEachListingsFreshnessOnce() {
        IndexBatch.Report report = index(List.of(extracted("prg-1"), extracted("prg-2"), extracted("prg-3")));

        assertThat(report.documentsWritten()).isEqualTo(3);
        assertThat(hints).hasSize(3).doesNotContainNull();
        assertThat(rules.evaluations).containsOnly(Map.entry("prg-1", 1), Map.entry("prg-2", 1), Map.entry("prg-3", 1));
    }

    @Test
    void aStoredListingThatNoRecordChangesIsEvaluatedOnceAsRead() {
        index(List.of(extracted("prg-1")));
        rules.evaluations.clear();
        offset = 0;

        IndexBatch.Report report = index(List.of(extracted("prg-1")));

        assertThat(report.documentsWritten()).isZero();
        assertThat(rules.evaluations).containsOnly(Map.entry("prg-1", 1));
    }
}
