package org.imhfinder.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.outcome;
import static org.imhfinder.indexer.Fixtures.override;
import static org.imhfinder.indexer.Fixtures.snooze;
import static org.imhfinder.indexer.IndexerHarness.field;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Curator decisions from {@code imh.curation.v1} applied to the index, and surviving later crawls. */
@ExtendWith(ImhStackExtension.class)
class CurationIT {
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

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A listing indexed from its page; returns its id. */
    private static String indexedListing(String url, Instant at) {
        String id = "prg-" + UUID.randomUUID();
        indexer.listing(listing(id, url, at));
        indexer.awaitSettled();
        return id;
    }

    @Test
    void anOverrideSurvivesTheNextCrawlOfThePage() {
        String url = "https://mi-aimh.org/" + UUID.randomUUID() + "/";
        Instant at = now();
        String id = indexedListing(url, at);
        indexer.decision(override(id, Map.of("cost", "$310", "location.region", "OH"), at.plusSeconds(1)));
        indexer.awaitSettled();
        assertThat(indexer.doc(id).path("cost").asText()).isEqualTo("$310");

        indexer.listing(Fixtures.withHash(listing(id, url, at.plusSeconds(60)).toBuilder().cost("$300").crawlId("crawl-2").build()));
        indexer.awaitSettled();

        JsonNode doc = indexer.doc(id);
        assertThat(doc.path("cost").asText()).isEqualTo("$310");
        assertThat(field(doc, "location.region").asText()).isEqualTo("OH");
        assertThat(field(doc, "provenance.cost.method").asText()).isEqualTo("CURATOR");
        assertThat(field(doc, "curation.overriddenFields").toString()).contains("cost", "location.region");
        assertThat(Instant.parse(doc.path("fetchedAt").asText())).isEqualTo(at.plusSeconds(60));
        assertThat(doc.path("changedFields").toString()).as("the page's own change is still shown to curators")
                .isEqualTo("[\"cost\"]");
    }

    @Test
    void aRetiredListingStaysOutOfDefaultSearchWhenItsPageIsCrawledAgain() throws Exception {
        String url = "https://mi-aimh.org/" + UUID.randomUUID() + "/";
        Instant at = now();
        String id = indexedListing(url, at);

        indexer.decision(decision(id, CurationAction.RETIRE, at.plusSeconds(1)));
        indexer.listing(listing(id, url, at.plusSeconds(60)));
        indexer.outcome(outcome(url, PageStatus.OK, at.plusSeconds(60), id));
        indexer.awaitSettled();

        JsonNode doc = indexer.doc(id);
        assertThat(field(doc, "freshness.status").asText()).isEqualTo("RETIRED");
        assertThat(field(doc, "curation.retired").asBoolean()).isTrue();
        assertThat(field(doc, "freshness.reasons")).isEmpty();
        long inDefaultSearch = indexer.es().count(c -> c.index(SearchIndex.PROGRAMS_ALIAS).query(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("id").value(id)))
                .mustNot(m -> m.terms(t -> t.field("freshness.status").terms(v -> v.value(
                        List.of(FieldValue.of("GONE"), FieldValue.of("RETIRED"))))))))).count();
        assertThat(inDefaultSearch).isZero();
    }

    @Test
    void everyDecisionIsKeptWithWhoWhenAndNote() {
        Instant at = now();
        String id = indexedListing("https://mi-aimh.org/" + UUID.randomUUID() + "/", at);

        indexer.decision(decision(id, CurationAction.CONFIRM, at.plusSeconds(1)));
        indexer.decision(override(id, Map.of("trainingHours", 45), at.plusSeconds(2)));
        indexer.awaitSettled();

        JsonNode doc = indexer.doc(id);
        List<JsonNode> decisions = new java.util.ArrayList<>();
        doc.path("reviewHistory").forEach(e -> {
            if (e.path("kind").asText().equals("DECISION")) {
                decisions.add(e);
            }
        });
        assertThat(decisions).extracting(e -> e.path("action").asText()).containsExactly("CONFIRM", "OVERRIDE");
        assertThat(decisions).extracting(e -> e.path("by").asText()).containsExactly("alice", "bob");
        assertThat(decisions.get(0).path("note").asText()).isEqualTo("checked with the provider");
        assertThat(decisions.get(1).path("fields").path("trainingHours").asInt()).isEqualTo(45);
        assertThat(field(doc, "curation.lastAction").asText()).isEqualTo("OVERRIDE");
        assertThat(field(doc, "curation.lastDecisionBy").asText()).isEqualTo("bob");
        assertThat(Instant.parse(field(doc, "curation.lastConfirmedAt").asText())).isEqualTo(at.plusSeconds(1));
        assertThat(Instant.parse(field(doc, "freshness.lastConfirmedAt").asText())).isEqualTo(at.plusSeconds(1));
    }

    @Test
    void aSnoozeHidesTheReviewReasonsUntilItsDate() {
        String url = "https://mi-aimh.org/" + UUID.randomUUID() + "/";
        Instant at = now();
        String id = indexedListing(url, at);
        indexer.outcome(outcome(url, PageStatus.GONE, at.plusSeconds(1)));
        indexer.decision(snooze(id, LocalDate.now(ZoneOffset.UTC).plusDays(7), at.plusSeconds(2)));
        indexer.awaitSettled();

        JsonNode doc = indexer.doc(id);
        assertThat(field(doc, "freshness.status").asText()).isEqualTo("GONE");
        assertThat(field(doc, "freshness.reasons")).isEmpty();
        assertThat(field(doc, "curation.snoozedReasons").toString()).isEqualTo("[\"SOURCE_GONE\"]");
        assertThat(field(doc, "reviewPriority").asInt()).isZero();
    }

    @Test
    void decisionsThatCannotApplyAreDeadLetteredWithTheReason() {
        Instant at = now();
        String id = indexedListing("https://mi-aimh.org/" + UUID.randomUUID() + "/", at);
        String unknown = "prg-" + UUID.randomUUID();

        indexer.decision(override(id, Map.of("trainingHours", "a lot"), at.plusSeconds(1)));
        indexer.decision(decision(unknown, CurationAction.CONFIRM, at.plusSeconds(1)));
        indexer.awaitSettled();

        List<DeadLetter> letters = indexer.deadLetters().stream()
                .filter(l -> l.key().equals(id) || l.key().equals(unknown)).toList();
        assertThat(letters).extracting(DeadLetter::reason)
                .anySatisfy(r -> assertThat(r).contains("trainingHours").contains("does not fit"))
                .anySatisfy(r -> assertThat(r).contains("no listing " + unknown));
        assertThat(indexer.doc(id).path("trainingHours").asInt()).isEqualTo(30);
    }
}
