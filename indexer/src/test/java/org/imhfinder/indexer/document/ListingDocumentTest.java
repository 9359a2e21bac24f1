package org.imhfinder.indexer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.override;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.imhfinder.es.IndexFields;
import org.imhfinder.indexer.freshness.FreshnessPolicy;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.freshness.ListingFacts;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;
import org.junit.jupiter.api.Test;

class ListingDocumentTest {
    private static final String URL = "https://mi-aimh.org/endorsement/";
    private static final FreshnessRules RULES = new FreshnessRules(FreshnessPolicy.defaults());
    private static final ListingDocument DOCUMENTS = new ListingDocument(RULES);
    private static final History HISTORY = new History(RULES);

    private static ListingState curated() {
        ListingState empty = ListingState.empty("prg-1");
        ListingState state = HISTORY.record(empty, ListingFacts.extracted(empty, listing("prg-1", URL, T0)), T0, "extracted", T0).state();
        ListingState confirmed = ListingFacts.decided(state, decision("prg-1", CurationAction.CONFIRM, T0.plusSeconds(10)));
        return ListingFacts.decided(confirmed, override("prg-1", Map.of("cost", "$310"), T0.plusSeconds(20)));
    }

    @Test
    void theDocumentIsTheListingAsReadersSeeItPlusTheDocumentedFields() {
        ObjectNode doc = DOCUMENTS.render(curated(), T0.plusSeconds(30));

        ProgramListing shown = Json.mapper().convertValue(doc, ProgramListing.class);
        assertThat(shown.id()).isEqualTo("prg-1");
        assertThat(shown.cost()).isEqualTo("$310");
        assertThat(shown.freshness().status().name()).isEqualTo("FRESH");
        assertThat(doc.path("suggest").path("input")).extracting(JsonNode::asText)
                .containsExactly("Infant Mental Health Specialist Endorsement", "Michigan Association for Infant Mental Health");
        assertThat(doc.path("curation").path("overriddenFields").toString()).isEqualTo("[\"cost\"]");
        assertThat(doc.path("curation").path("lastAction").asText()).isEqualTo("OVERRIDE");
        assertThat(doc.path("reviewPriority").asInt()).isZero();
        assertThat(doc.path("indexer").path("recheckAt").asText()).isNotEmpty();
    }

    @Test
    void aChangedFieldCarriesWhatItWasAtTheLastConfirmationAndWhatThePageSaysNow() {
        ProgramListing changed = listing("prg-1", URL, T0.plusSeconds(60)).toBuilder().trainingHours(40).cost("$350").build();
        ListingState state = ListingFacts.extracted(curated(), org.imhfinder.indexer.Fixtures.withHash(changed));

        ObjectNode doc = DOCUMENTS.render(state, T0.plusSeconds(70));

        assertThat(doc.path(IndexFields.CHANGED_FIELDS).toString()).isEqualTo("[\"cost\",\"trainingHours\"]");
        assertThat(doc.path(IndexFields.CHANGES).path("trainingHours").toString()).isEqualTo("{\"from\":30,\"to\":40}");
        assertThat(doc.path(IndexFields.CHANGES).path("cost").toString()).isEqualTo("{\"from\":\"$295\",\"to\":\"$350\"}");
        assertThat(IndexFields.PUBLIC).doesNotContain(IndexFields.CHANGES);
    }

    @Test
    void aBaselineWrittenBeforeValuesWereKeptSaysWhatChangedButNotWhatItWas() {
        ListingState state = curated();
        ListingState old = state.toBuilder().baseline(new org.imhfinder.schema.ContentBaseline(state.baseline().at(), true,
                state.baseline().fingerprints())).build();
        ProgramListing changed = listing("prg-1", URL, T0.plusSeconds(60)).toBuilder().trainingHours(40).build();

        ObjectNode doc = DOCUMENTS.render(ListingFacts.extracted(old, org.imhfinder.indexer.Fixtures.withHash(changed)),
                T0.plusSeconds(70));

        assertThat(doc.path(IndexFields.CHANGES).path("trainingHours").toString()).isEqualTo("{\"to\":40}");
    }

    @Test
    void everyTopLevelFieldIsOneTheTemplateMaps() throws Exception {
        JsonNode properties;
        try (var in = ListingDocument.class.getResourceAsStream("/es/programs-template-v1.json")) {
            properties = Json.mapper().readTree(in).path("template").path("mappings").path("properties");
        }
        ObjectNode doc = DOCUMENTS.render(curated(), T0.plusSeconds(30));

        for (Iterator<String> fields = doc.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            assertThat(properties.has(field)).as("the template maps '%s'", field).isTrue();
        }
        assertThat(IndexFields.NOT_FOR_CURATORS).allMatch(doc::has);
    }

    @Test
    void theReviewHistoryHoldsFreshnessEntriesAndDecisionsInTimeOrder() {
        ObjectNode doc = DOCUMENTS.render(curated(), T0.plusSeconds(30));

        JsonNode history = doc.path(IndexFields.REVIEW_HISTORY);
        assertThat(history).extracting(e -> e.path("kind").asText()).containsExactly("INDEXED", "DECISION", "DECISION");
        JsonNode confirm = history.get(1);
        assertThat(confirm.path("action").asText()).isEqualTo("CONFIRM");
        assertThat(confirm.path("by").asText()).isEqualTo("alice");
        assertThat(confirm.path("note").asText()).isEqualTo("checked with the provider");
        assertThat(history.get(2).path("fields").path("cost").asText()).isEqualTo("$310");
    }

    @Test
    void thePublicHistoryHoldsOnlyFreshnessTransitionsAndNeverWhoDecidedOrWhy() {
        ObjectNode doc = DOCUMENTS.render(curated(), T0.plusSeconds(30));

        JsonNode history = doc.path(IndexFields.HISTORY);
        assertThat(history).extracting(e -> e.path("kind").asText()).containsExactly("INDEXED");
        assertThat(history.get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("at", "kind", "status");
        assertThat(doc.path("provenance").path("cost").path("evidence").asText())
                .isEqualTo("set by a curator on " + T0.toString().substring(0, 10)).doesNotContain("alice");
    }

    @Test
    void theStateReadsBackFromTheDocumentUnchanged() {
        ListingState state = curated();

        ObjectNode doc = DOCUMENTS.render(state, T0.plusSeconds(30));

        assertThat(StoredState.of("prg-1", doc)).isEqualTo(state);
    }

    @Test
    void theStateTheDocumentHoldsWritesAsTheStateItself() {
        ListingState state = curated();

        ObjectNode doc = DOCUMENTS.render(state, T0.plusSeconds(30));

        // the journal writes this JSON instead of serialising the state again: it must be the same text
        assertThat(Json.write(ListingDocument.stateOf(doc))).isEqualTo(Json.write(state));
    }

    @Test
    void aDocumentCarryingItsStateAsTextWritesTheSameJson() throws Exception {
        ListingState state = curated();
        ObjectNode doc = DOCUMENTS.render(state, T0.plusSeconds(30));
        String before = Json.write(doc);

        String text = ListingDocument.takeStateText(doc);

        // the journal writes this text and the bulk request the document with it inside: both must be what they were
        assertThat(text).isEqualTo(Json.write(state));
        assertThat(Json.write(doc)).isEqualTo(before);
        assertThat(Json.mapper().readTree(Json.write(doc))).isEqualTo(DOCUMENTS.render(state, T0.plusSeconds(30)));
    }

    @Test
    void aDocumentWrittenBeforeStatesWereKeptStillReads() {
        ProgramListing legacy = listing("prg-1", URL, T0);
        ObjectNode doc = Json.mapper().valueToTree(legacy);
        doc.putObject("freshness").put("lastSeenAt", T0.plusSeconds(5).toString()).put("status", "FRESH");

        ListingState state = StoredState.of("prg-1", doc);

        assertThat(state.listing().name()).isEqualTo(legacy.name());
        assertThat(state.lastSeenAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(state.sourceUrl()).isEqualTo(URL);
    }

    @Test
    void aStateWithoutContentHasNoDocument() {
        assertThat(DOCUMENTS.render(ListingState.empty("prg-1"), T0)).isNull();
    }
}
