package org.imhfinder.indexer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.outcome;
import static org.imhfinder.indexer.Fixtures.override;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.imhfinder.indexer.Fixtures;
import org.imhfinder.indexer.freshness.FreshnessPolicy;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.store.StateJournal;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.indexer.store.WriteResult.Status;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.Test;

class IndexBatchTest {
    private static final String URL = "https://mi-aimh.org/endorsement/";
    private final InMemoryStore store = new InMemoryStore();
    private final List<ListingState> journaled = new ArrayList<>();
    private final Map<RecordSource, Exception> deadLetters = new LinkedHashMap<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final StateJournal journal = journaled::addAll;
    private long offset;

    private IndexBatch batch(Duration retryFor) {
        return new IndexBatch(store, journal, deadLetters::put, new FreshnessRules(FreshnessPolicy.defaults()), meters,
                Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC), retryFor, Backoff.NONE);
    }

    private IndexBatch.Report index(RecordSource... records) {
        return batch(Duration.ofSeconds(1)).index(List.of(records));
    }

    private RecordSource record(String topic, String key, Object value) {
        return new RecordSource(topic, 0, offset++, key, value == null ? null : Json.write(value));
    }

    private RecordSource extracted(ProgramListing listing) {
        return record(Topics.PROGRAMS, listing.id(), listing);
    }

    @Test
    void aListingBecomesASearchableDocumentWithFreshnessAndItsStateIsJournaled() {
        IndexBatch.Report report = index(extracted(listing("prg-1", URL, T0)));

        JsonNode doc = store.doc("prg-1");
        assertThat(doc.path("name").asText()).isEqualTo("Infant Mental Health Specialist Endorsement");
        assertThat(doc.path("freshness").path("lastSeenAt").asText()).isEqualTo(T0.toString());
        assertThat(doc.path("freshness").path("status").asText()).isEqualTo("FRESH");
        assertThat(doc.path("history").get(0).path("kind").asText()).isEqualTo("INDEXED");
        assertThat(journaled).extracting(ListingState::programId).containsExactly("prg-1");
        assertThat(report.documentsWritten()).isEqualTo(1);
    }

    @Test
    void aBatchLargerThanABulkIsWrittenInSeveralBulksRefreshedOnceAndJournaledBeforeItReturns() {
        List<String> journalSeen = new ArrayList<>();
        StateJournal recording = new StateJournal() {
            @Override
            public void publish(java.util.Collection<ListingState> states) {
                throw new AssertionError("a batch sends its states and awaits them");
            }

            @Override
            public Acks send(java.util.Collection<org.imhfinder.indexer.freshness.Judged> states) {
                journalSeen.add("sent " + states.size() + " after " + store.calls);
                return () -> journalSeen.add("acknowledged after " + store.calls);
            }
        };
        IndexBatch batch = new IndexBatch(store, recording, deadLetters::put, new FreshnessRules(FreshnessPolicy.defaults()),
                meters, Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC), Duration.ofSeconds(1), Backoff.NONE, 2);

        IndexBatch.Report report = batch.index(List.of(extracted(listing("prg-1", URL + "1", T0)),
                extracted(listing("prg-2", URL + "2", T0)), extracted(listing("prg-3", URL + "3", T0)),
                extracted(listing("prg-4", URL + "4", T0)), extracted(listing("prg-5", URL + "5", T0))));

        assertThat(report.documentsWritten()).isEqualTo(5);
        assertThat(store.calls).containsExactly("bulk 2", "bulk 2", "bulk 1", "refresh");
        // a bulk's states are journaled once it is back, while the next bulk is written; their records
        // travel during the refresh; both are done when index() returns (then the offsets are committed)
        assertThat(journalSeen).containsExactly("sent 2 after [bulk 2, bulk 2]", "sent 2 after [bulk 2, bulk 2, bulk 1]",
                "sent 1 after [bulk 2, bulk 2, bulk 1]", "acknowledged after [bulk 2, bulk 2, bulk 1, refresh]",
                "acknowledged after [bulk 2, bulk 2, bulk 1, refresh]", "acknowledged after [bulk 2, bulk 2, bulk 1, refresh]");
    }

    @Test
    void aDuplicateRecordChangesNothing() {
        index(extracted(listing("prg-1", URL, T0)));
        JsonNode before = store.doc("prg-1").deepCopy();

        IndexBatch.Report report = index(extracted(listing("prg-1", URL, T0)), extracted(listing("prg-1", URL, T0)));

        assertThat(report.documentsWritten()).isZero();
        assertThat(report.changing()).isZero();
        assertThat(store.doc("prg-1")).isEqualTo(before);
        assertThat(meters.counter("imh.indexer.records", "topic", "programs", "outcome", "unchanged").count()).isEqualTo(2);
    }

    @Test
    void anOlderRecordArrivingAfterANewerOneDoesNotOverwriteIt() {
        ProgramListing newer = Fixtures.withHash(listing("prg-1", URL, T0.plusSeconds(60)).toBuilder().cost("$350").build());
        index(extracted(newer));

        index(extracted(listing("prg-1", URL, T0)));

        assertThat(store.doc("prg-1").path("cost").asText()).isEqualTo("$350");
        assertThat(store.doc("prg-1").path("fetchedAt").asText()).isEqualTo(T0.plusSeconds(60).toString());
    }

    @Test
    void aPageThatNoLongerListsAListingMakesItGoneAndKeepsTheOthers() {
        index(extracted(listing("prg-1", URL, T0)), extracted(listing("prg-2", URL, T0)));

        index(record(Topics.PAGE_OUTCOMES, URL, outcome(URL, PageStatus.OK, T0.plusSeconds(60), "prg-2")));

        assertThat(store.doc("prg-1").path("freshness").path("status").asText()).isEqualTo("GONE");
        assertThat(store.doc("prg-1").path("freshness").path("reasons").toString()).contains("SOURCE_GONE");
        assertThat(store.doc("prg-2").path("freshness").path("status").asText()).isEqualTo("FRESH");
        assertThat(store.doc("prg-2").path("freshness").path("lastSeenAt").asText()).isEqualTo(T0.plusSeconds(60).toString());
    }

    @Test
    void aNotModifiedPageIsASighting() {
        index(extracted(listing("prg-1", URL, T0)));

        index(record(Topics.PAGE_OUTCOMES, URL, outcome(URL, PageStatus.NOT_MODIFIED, T0.plusSeconds(60))));

        assertThat(store.doc("prg-1").path("freshness").path("lastSeenAt").asText()).isEqualTo(T0.plusSeconds(60).toString());
        assertThat(store.doc("prg-1").path("freshness").path("lastChangedAt").asText()).isEqualTo(T0.toString());
    }

    @Test
    void aMovedPageKeepsTheListingItsIdAndItsHistory() {
        index(extracted(listing("prg-1", URL, T0)));

        index(record(Topics.PAGE_OUTCOMES, URL, Fixtures.moved(URL, URL + "v2/", T0.plusSeconds(60))));

        JsonNode doc = store.doc("prg-1");
        assertThat(store.docs(store.writeIndex)).hasSize(1);
        assertThat(doc.path("sourceUrl").asText()).isEqualTo(URL + "v2/");
        assertThat(doc.path("previousUrls").get(0).asText()).isEqualTo(URL);
        assertThat(doc.path("freshness").path("reasons").toString()).contains("SOURCE_MOVED");
        assertThat(doc.path("history")).extracting(e -> e.path("kind").asText()).containsExactly("INDEXED", "MOVED");
    }

    @Test
    void aDecisionFindsAListingThatArrivesInTheSameBatch() {
        index(record(Topics.CURATION, "prg-1", decision("prg-1", CurationAction.RETIRE, T0.plusSeconds(10))),
                extracted(listing("prg-1", URL, T0)));

        assertThat(store.doc("prg-1").path("freshness").path("status").asText()).isEqualTo("RETIRED");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aDecisionAboutAnUnknownListingIsDeadLetteredWithTheReason() {
        IndexBatch.Report report = index(record(Topics.CURATION, "prg-9", decision("prg-9", CurationAction.CONFIRM, T0)));

        assertThat(report.deadLettered()).isEqualTo(1);
        assertThat(deadLetters.values()).singleElement().extracting(Exception::getMessage).asString()
                .contains("no listing prg-9");
    }

    @Test
    void anOverrideThatDoesNotFitIsDeadLetteredAndTheRestOfTheBatchApplies() {
        index(extracted(listing("prg-1", URL, T0)));

        index(record(Topics.CURATION, "prg-1", override("prg-1", Map.of("trainingHours", "lots"), T0.plusSeconds(5))),
                record(Topics.CURATION, "prg-1", override("prg-1", Map.of("cost", "$1"), T0.plusSeconds(6))));

        assertThat(deadLetters).hasSize(1);
        assertThat(store.doc("prg-1").path("cost").asText()).isEqualTo("$1");
        assertThat(store.doc("prg-1").path("trainingHours").asInt()).isEqualTo(30);
    }

    @Test
    void anUnreadableRecordIsDeadLettered() {
        index(new RecordSource(Topics.PROGRAMS, 0, 1, "prg-1", "{not json"),
                record(Topics.PAGE_OUTCOMES, URL, Map.of("schemaVersion", 1, "httpStatus", 200)));

        assertThat(deadLetters.values()).extracting(Exception::getMessage)
                .anySatisfy(m -> assertThat(m).contains("not a valid ProgramListing"))
                .anySatisfy(m -> assertThat(m).contains("needs url, status and fetchedAt"));
    }

    @Test
    void aDocumentElasticsearchRefusesDeadLettersItsRecordsAndTheRestIsWritten() {
        store.fate = w -> w.id().equals("prg-bad") ? Status.REJECTED : Status.WRITTEN;

        IndexBatch.Report report = index(extracted(listing("prg-bad", URL, T0)), extracted(listing("prg-1", URL, T0)));

        assertThat(store.doc("prg-1")).isNotNull();
        assertThat(store.doc("prg-bad")).isNull();
        assertThat(deadLetters.keySet()).extracting(RecordSource::key).containsExactly("prg-bad");
        assertThat(deadLetters.values()).singleElement().isInstanceOf(DocumentRejectedException.class);
        assertThat(report.deadLettered()).isEqualTo(1);
        assertThat(journaled).extracting(ListingState::programId).containsExactly("prg-1");
    }

    @Test
    void aConflictWithAnotherWriterIsRetriedFromAFreshRead() {
        index(extracted(listing("prg-1", URL, T0)));
        AtomicBoolean first = new AtomicBoolean(true);
        store.fate = w -> {
            if (first.getAndSet(false)) {
                store.touch("prg-1");
                return Status.CONFLICT;
            }
            return Status.WRITTEN;
        };

        index(record(Topics.PAGE_OUTCOMES, URL, outcome(URL, PageStatus.GONE, T0.plusSeconds(60))));

        assertThat(store.doc("prg-1").path("freshness").path("status").asText()).isEqualTo("GONE");
        assertThat(meters.counter("imh.indexer.retries", "reason", "conflict").count()).isEqualTo(1);
    }

    @Test
    void anUnavailableElasticsearchIsWaitedForWithinTheRetryWindow() {
        store.unavailableCalls = 3;

        index(extracted(listing("prg-1", URL, T0)));

        assertThat(store.doc("prg-1")).isNotNull();
        assertThat(meters.counter("imh.indexer.retries", "reason", "unavailable").count()).isEqualTo(3);
    }

    @Test
    void aBatchElasticsearchCannotTakeIsGivenBackToKafkaWithNothingJournaled() {
        store.fate = w -> Status.RETRIABLE;

        assertThatThrownBy(() -> batch(Duration.ZERO).index(List.of(extracted(listing("prg-1", URL, T0)))))
                .isInstanceOf(IndexingUnavailableException.class);
        assertThat(journaled).isEmpty();
        assertThat(meters.counter("imh.indexer.batches", "outcome", "handed_back").count()).isEqualTo(1);
    }

    @Test
    void whenTheAliasMovesDuringABatchTheBatchIsAppliedToTheNewIndexToo() {
        store.fate = w -> {
            store.writeIndex = "imh-programs-v1-0002";
            return Status.WRITTEN;
        };

        index(extracted(listing("prg-1", URL, T0)));

        assertThat(store.docs("imh-programs-v1-0002")).containsKey("prg-1");
        assertThat(meters.counter("imh.indexer.retries", "reason", "alias_moved").count()).isEqualTo(1);
    }

    @Test
    void aTombstoneIsCountedAndIgnored() {
        index(record(Topics.PROGRAMS, "prg-1", null));

        assertThat(store.docs(store.writeIndex)).isEmpty();
        assertThat(deadLetters).isEmpty();
        assertThat(meters.counter("imh.indexer.records", "topic", "programs", "outcome", "ignored").count()).isEqualTo(1);
    }

    @Test
    void aStoredDocumentNothingCanReadDoesNotStopTheBatch() {
        ObjectNode garbage = Json.mapper().createObjectNode();
        garbage.putObject("indexer").putObject("state").put("schemaVersion", "not a number");
        store.docs(store.writeIndex).put("prg-1", new StoredListing("prg-1", 1, 1, garbage));

        index(extracted(listing("prg-1", URL, T0)));

        assertThat(store.doc("prg-1").path("name").asText()).isEqualTo("Infant Mental Health Specialist Endorsement");
        assertThat(deadLetters).isEmpty();
    }
}
