package org.imhfinder.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.outcome;
import static org.imhfinder.indexer.IndexerHarness.field;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Replays, duplicates and late records through Kafka: the index ends the same, the newest fact wins. */
@ExtendWith(ImhStackExtension.class)
class DuplicatesAndOrderIT {
    private static IndexerHarness indexer;

    @BeforeAll
    static void start(TestStack stack) {
        stack.reset();
        indexer = IndexerHarness.start(stack, Map.of());
    }

    @AfterAll
    static void stop() {
        if (indexer != null) {
            indexer.close();
        }
    }

    private static String id() {
        return "prg-" + UUID.randomUUID();
    }

    @Test
    void replayedAndDuplicatedRecordsLeaveTheDocumentExactlyAsItWas() {
        String id = id();
        String url = "https://mi-aimh.org/" + id + "/";
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ProgramListing listing = listing(id, url, at);
        indexer.listing(listing);
        indexer.outcome(outcome(url, PageStatus.OK, at, id));
        indexer.awaitSettled();
        ObjectNode before = indexer.doc(id);
        String journaled = indexer.journal().get(id);

        indexer.listing(listing);
        indexer.listing(listing);
        indexer.outcome(outcome(url, PageStatus.OK, at, id));
        indexer.awaitSettled();

        assertThat(indexer.doc(id)).isEqualTo(before);
        assertThat(indexer.journal().get(id)).isEqualTo(journaled);
    }

    @Test
    void anOlderListingArrivingAfterANewerOneNeverOverwritesIt() {
        String id = id();
        String url = "https://mi-aimh.org/" + id + "/";
        Instant older = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant newer = older.plusSeconds(60);
        indexer.listing(Fixtures.withHash(listing(id, url, newer).toBuilder().cost("$350").build()));
        indexer.listing(listing(id, url, older));
        indexer.awaitSettled();

        JsonNode doc = indexer.doc(id);
        assertThat(doc.path("cost").asText()).isEqualTo("$350");
        assertThat(Instant.parse(doc.path("fetchedAt").asText())).isEqualTo(newer);
        assertThat(Instant.parse(field(doc, "freshness.lastSeenAt").asText())).isEqualTo(newer);
    }

    @Test
    void aLate404OlderThanTheLastSightingDoesNotMakeTheListingGone() {
        String id = id();
        String url = "https://mi-aimh.org/" + id + "/";
        Instant seen = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        indexer.listing(listing(id, url, seen));
        indexer.awaitSettled();

        indexer.outcome(outcome(url, PageStatus.GONE, seen.minusSeconds(30)));
        indexer.awaitSettled();

        assertThat(field(indexer.doc(id), "freshness.status").asText()).isEqualTo("FRESH");
    }

    @Test
    void whatTheGroupHasCommittedIsAlreadySearchable() throws Exception {
        List<String> ids = new ArrayList<>();
        Instant at = Instant.now();
        for (int i = 0; i < 50; i++) {
            String id = id();
            ids.add(id);
            indexer.listing(listing(id, "https://mi-aimh.org/" + id + "/", at));
        }

        indexer.awaitSettled();

        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        long found = indexer.es().count(c -> c.index(SearchIndex.PROGRAMS_ALIAS)
                .query(q -> q.terms(t -> t.field("id").terms(v -> v.value(values))))).count();
        assertThat(found).isEqualTo(50);
    }
}
