package org.imhfinder.indexer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.moved;
import static org.imhfinder.indexer.Fixtures.outcome;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.indexer.Fixtures;
import org.imhfinder.indexer.freshness.FreshnessPolicy;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.Test;

/**
 * A batch is applied and written a part at a time, each part's bulk indexed while the next part is
 * read and applied, and nothing is searchable before the batch's one refresh: each part must still
 * find what the parts before it wrote, so that the batch comes to exactly what applying it at once
 * comes to (the store here, like Elasticsearch, finds a document written only once it is refreshed).
 */
class BatchInPartsTest {
    private static final String URL = "https://mi-aimh.org/endorsement/";

    private long offset;

    private RecordSource record(String topic, String key, Object value) {
        return new RecordSource(topic, 0, offset++, key, Json.write(value));
    }

    /** Records of one batch in which later records (in apply order) touch the listings earlier ones wrote. */
    private List<RecordSource> entangled() {
        return List.of(
                record(Topics.PROGRAMS, "prg-1", listing("prg-1", URL, T0)),
                record(Topics.PROGRAMS, "prg-2", listing("prg-2", URL, T0)),
                record(Topics.PROGRAMS, "prg-3", listing("prg-3", URL + "x/", T0)),
                record(Topics.PROGRAMS, "prg-1", Fixtures.withHash(listing("prg-1", URL, T0.plusSeconds(30)).toBuilder()
                        .cost("$350").build())),
                record(Topics.PAGE_OUTCOMES, URL + "x/", moved(URL + "x/", URL + "y/", T0.plusSeconds(60))),
                record(Topics.PAGE_OUTCOMES, URL, outcome(URL, PageStatus.OK, T0.plusSeconds(90), "prg-2")),
                record(Topics.PAGE_OUTCOMES, URL + "x/", outcome(URL + "x/", PageStatus.GONE, T0.plusSeconds(100))),
                record(Topics.PAGE_OUTCOMES, URL + "y/", outcome(URL + "y/", PageStatus.NOT_MODIFIED, T0.plusSeconds(120))),
                record(Topics.CURATION, "prg-2", decision("prg-2", CurationAction.RETIRE, T0.plusSeconds(150))),
                record(Topics.CURATION, "prg-3", decision("prg-3", CurationAction.CONFIRM, T0.plusSeconds(160))));
    }

    @Test
    void aBatchWrittenInPartsComesToWhatItComesToAtOnce() {
        List<RecordSource> records = entangled();
        Run atOnce = new Run(Integer.MAX_VALUE);
        Run inParts = new Run(1);

        IndexBatch.Report once = atOnce.index(records);
        IndexBatch.Report parts = inParts.index(records);

        assertThat(inParts.documents()).isEqualTo(atOnce.documents());
        assertThat(inParts.lastJournaled()).isEqualTo(atOnce.lastJournaled());
        assertThat(parts.changing()).isEqualTo(once.changing());
        assertThat(parts.deadLettered()).isZero();
        assertThat(once.deadLettered()).isZero();
        // and in one attempt: a part that read a stale version would have written over it and met a conflict
        assertThat(inParts.retries()).isZero();
        // the outcomes found the listings the parts before them created and moved, none of them searchable yet
        assertThat(inParts.documents().get("prg-1").path("freshness").path("status").asText()).isEqualTo("GONE");
        assertThat(inParts.documents().get("prg-1").path("cost").asText()).isEqualTo("$350");
        assertThat(inParts.documents().get("prg-3").path("sourceUrl").asText()).isEqualTo(URL + "y/");
        assertThat(inParts.documents().get("prg-3").path("freshness").path("lastSeenAt").asText())
                .isEqualTo(T0.plusSeconds(120).toString());
        assertThat(inParts.documents().get("prg-2").path("freshness").path("status").asText()).isEqualTo("RETIRED");
        // one refresh for the whole batch, after all its bulks
        assertThat(inParts.store.calls).last().isEqualTo("refresh");
        assertThat(inParts.store.calls).filteredOn("refresh"::equals).hasSize(1);
        assertThat(inParts.store.calls.size()).isGreaterThan(3);
    }

    @Test
    void aBatchInPartsOverStoredListingsComesToWhatItComesToAtOnce() {
        List<RecordSource> first = List.of(record(Topics.PROGRAMS, "prg-1", listing("prg-1", URL, T0)),
                record(Topics.PROGRAMS, "prg-3", listing("prg-3", URL + "x/", T0)));
        List<RecordSource> second = entangled().subList(3, 10);
        Run atOnce = new Run(Integer.MAX_VALUE);
        Run inParts = new Run(1);
        atOnce.index(first);
        inParts.index(first);

        atOnce.index(second);
        inParts.index(second);

        assertThat(inParts.documents()).isEqualTo(atOnce.documents());
        assertThat(inParts.lastJournaled()).isEqualTo(atOnce.lastJournaled());
        assertThat(inParts.retries()).isZero();
    }

    /** An indexer with its own store and journal, writing bulks of at most {@code bulkSize} documents. */
    private static final class Run {
        final InMemoryStore store = new InMemoryStore();
        final List<ListingState> journaled = new ArrayList<>();
        final SimpleMeterRegistry meters = new SimpleMeterRegistry();
        final IndexBatch batch;

        Run(int bulkSize) {
            batch = new IndexBatch(store, journaled::addAll, (source, reason) -> { }, new FreshnessRules(FreshnessPolicy.defaults()),
                    meters, Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC), Duration.ofSeconds(1),
                    Backoff.NONE, bulkSize);
        }

        IndexBatch.Report index(List<RecordSource> records) {
            return batch.index(records);
        }

        /** Attempts started over, for whatever reason. */
        double retries() {
            return meters.find("imh.indexer.retries").counters().stream().mapToDouble(c -> c.count()).sum();
        }

        Map<String, ObjectNode> documents() {
            Map<String, ObjectNode> documents = new LinkedHashMap<>();
            for (StoredListing listing : store.docs(store.writeIndex).values()) {
                documents.put(listing.id(), listing.source());
            }
            return documents;
        }

        Map<String, ListingState> lastJournaled() {
            Map<String, ListingState> last = new LinkedHashMap<>();
            journaled.forEach(state -> last.put(state.programId(), state));
            return last;
        }
    }
}
