package org.imhfinder.indexer.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.imhfinder.es.IndexFields;
import org.imhfinder.indexer.curation.CurationView;
import org.imhfinder.indexer.curation.Overrides;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.freshness.FreshnessView;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.EvidenceMerge;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingEvent;
import org.imhfinder.schema.ListingField;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;

/**
 * Renders a listing's index document from its state at a moment: the shape
 * {@link IndexFields} documents. Pure: the same state and moment give the same document, so a
 * document that renders equal to the stored one needs no write.
 */
public final class ListingDocument {
    /** The member of a state's JSON that holds its listing (the record component's name). */
    private static final String LISTING = "listing";
    private final FreshnessRules rules;

    public ListingDocument(FreshnessRules rules) {
        this.rules = rules;
    }

    /** The document, or null for a listing without content (nothing to show). */
    public ObjectNode render(ListingState state, Instant now) {
        if (state.listing() == null) {
            return null;
        }
        return render(new Judged(state, rules.evaluate(state, CurationView.of(state.decisions()), now)));
    }

    /** The document of a state already judged (its freshness computed once for the batch), or null without content. */
    public ObjectNode render(Judged judged) {
        ListingState state = judged.state();
        ProgramListing listing = state.listing();
        if (listing == null) {
            return null;
        }
        CurationView curation = CurationView.of(state.decisions());
        FreshnessView view = judged.view();
        // The state's JSON holds the listing's: one serialisation of the listing serves the
        // document's fields, its changes and the state it keeps.
        ObjectNode stateJson = Json.mapper().valueToTree(state);
        ObjectNode listingJson = (ObjectNode) stateJson.get(LISTING);
        ObjectNode doc = Overrides.apply(listingJson.deepCopy(), curation);
        if (state.sourceUrl() != null) {
            doc.put(IndexFields.SOURCE_URL, state.sourceUrl());
        }
        doc.set(IndexFields.FRESHNESS, Json.mapper().valueToTree(view.freshness()));
        doc.set(IndexFields.SUGGEST, suggest(doc));
        doc.set(IndexFields.CURATION, curation(curation, view));
        doc.set(IndexFields.CHANGED_FIELDS, Json.mapper().valueToTree(view.changedFields()));
        doc.set(IndexFields.CHANGES, changes(state, view, listingJson));
        doc.put(IndexFields.REVIEW_PRIORITY, view.reviewPriority());
        doc.set(IndexFields.PREVIOUS_URLS, Json.mapper().valueToTree(state.previousUrls()));
        doc.set(IndexFields.CONFLICTS, Json.mapper().valueToTree(conflicts(state)));
        ArrayNode reviewHistory = reviewHistory(state);
        doc.set(IndexFields.HISTORY, publicHistory(reviewHistory));
        doc.set(IndexFields.REVIEW_HISTORY, reviewHistory);
        ObjectNode indexer = doc.putObject(IndexFields.INDEXER);
        if (view.recheckAt() != null) {
            indexer.put(IndexPaths.member(IndexFields.RECHECK_AT), view.recheckAt().toString());
        }
        indexer.set(IndexPaths.member(IndexFields.STATE), stateJson);
        return doc;
    }

    /**
     * The state as {@code document} (one this class rendered) holds it: the JSON the project's
     * mapper writes for the state, already built, so a journal can write it without serialising
     * the state again. Missing node when the document holds none.
     */
    public static JsonNode stateOf(ObjectNode document) {
        return IndexPaths.at(document, IndexFields.STATE);
    }

    /**
     * The JSON text of the state {@code document} (one this class rendered) holds, which from now
     * on the document carries as that text: a bulk request then writes it as it is, so the state is
     * serialised once for the index and the journal together. Call it once the document has been
     * compared with the stored one, just before it is written: it no longer equals its tree after.
     * Null when the document holds no state.
     */
    public static String takeStateText(ObjectNode document) {
        JsonNode state = stateOf(document);
        if (!state.isObject()) {
            return null;
        }
        String text = Json.write(state);
        ((ObjectNode) IndexPaths.at(document, IndexFields.INDEXER))
                .putRawValue(IndexPaths.member(IndexFields.STATE), new RawValue(text));
        return text;
    }

    /**
     * Each changed key field as {@code {from, to}}: its value at the baseline and as extracted now
     * (null: not stated). {@code from} is left out when the baseline predates kept values.
     */
    private static ObjectNode changes(ListingState state, FreshnessView view, ObjectNode now) {
        ObjectNode changes = Json.mapper().createObjectNode();
        if (view.changedFields().isEmpty()) {
            return changes;
        }
        var before = state.baseline().values();
        boolean valuesKept = !before.isEmpty() || state.baseline().fingerprints().isEmpty();
        for (String field : view.changedFields()) {
            ObjectNode change = changes.putObject(field);
            if (valuesKept) {
                change.set("from", Json.mapper().valueToTree(before.get(field)));
            }
            change.set("to", now.hasNonNull(field) ? now.get(field) : Json.mapper().nullNode());
        }
        return changes;
    }

    /** Where pages as trusted as the program's own disagree with it: for curators, who decide. */
    private static java.util.List<EvidenceMerge.Conflict> conflicts(ListingState state) {
        if (state.pages().size() < 2 || state.sourceUrl() == null
                || state.pages().stream().noneMatch(p -> state.sourceUrl().equals(p.sourceUrl()))) {
            return java.util.List.of();
        }
        return EvidenceMerge.merge(state.pages(), state.sourceUrl()).conflicts();
    }

    private static ObjectNode suggest(ObjectNode doc) {
        Set<String> inputs = new LinkedHashSet<>();
        addText(inputs, doc.path(ListingField.NAME.json()).asText(null));
        addText(inputs, doc.path(ListingField.PROVIDER.json()).path("name").asText(null));
        ObjectNode suggest = Json.mapper().createObjectNode();
        suggest.set("input", Json.mapper().valueToTree(inputs));
        return suggest;
    }

    private static void addText(Set<String> inputs, String text) {
        if (text != null && !text.isBlank()) {
            inputs.add(text);
        }
    }

    private static ObjectNode curation(CurationView curation, FreshnessView view) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put(IndexPaths.member(IndexFields.RETIRED), curation.retired());
        putText(node, IndexPaths.member(IndexFields.RETIRED_AT), curation.retiredAt());
        putText(node, IndexPaths.member(IndexFields.SNOOZED_UNTIL), curation.snoozedUntil());
        node.set(IndexPaths.member(IndexFields.SNOOZED_REASONS), Json.mapper().valueToTree(view.snoozedReasons()));
        node.set(IndexPaths.member(IndexFields.OVERRIDDEN_FIELDS), Json.mapper().valueToTree(curation.overrides().keySet()));
        putText(node, IndexPaths.member(IndexFields.CURATOR_CONFIRMED_AT), curation.lastConfirmAt());
        CurationDecision last = curation.last();
        if (last != null) {
            node.put(IndexPaths.member(IndexFields.LAST_ACTION), last.action().name());
            node.put(IndexPaths.member(IndexFields.LAST_DECISION_AT), last.decidedAt().toString());
            node.put(IndexPaths.member(IndexFields.LAST_DECISION_BY), last.curator());
        }
        return node;
    }

    /** The freshness transitions of the review history, with what anyone may see of them. */
    private static ArrayNode publicHistory(ArrayNode reviewHistory) {
        ArrayNode history = Json.mapper().createArrayNode();
        for (var entry : reviewHistory) {
            if (!entry.has("decisionId")) {
                ObjectNode shown = history.addObject();
                IndexFields.PUBLIC_HISTORY_MEMBERS.stream().filter(entry::has).forEach(m -> shown.set(m, entry.get(m)));
            }
        }
        return history;
    }

    /** Freshness entries and decisions together, oldest first: for curators. */
    private static ArrayNode reviewHistory(ListingState state) {
        ArrayNode history = Json.mapper().createArrayNode();
        int e = 0;
        int d = 0;
        var events = state.events();
        var decisions = state.decisions();
        while (e < events.size() || d < decisions.size()) {
            boolean takeEvent = d >= decisions.size()
                    || e < events.size() && !events.get(e).at().isAfter(decisions.get(d).decidedAt());
            if (takeEvent) {
                history.add(entry(events.get(e++)));
            } else {
                history.add(entry(decisions.get(d++)));
            }
        }
        return history;
    }

    private static ObjectNode entry(ListingEvent event) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("at", event.at().toString());
        node.put("kind", event.kind().name());
        node.put("status", event.status().name());
        node.set("reasons", Json.mapper().valueToTree(event.reasons()));
        if (event.detail() != null) {
            node.put("detail", event.detail());
        }
        return node;
    }

    private static ObjectNode entry(CurationDecision decision) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("at", decision.decidedAt().toString());
        node.put("kind", "DECISION");
        node.put("decisionId", decision.decisionId());
        node.put("action", decision.action().name());
        node.put("by", decision.curator());
        if (decision.note() != null) {
            node.put("note", decision.note());
        }
        putText(node, "until", decision.until());
        if (!decision.fields().isEmpty()) {
            node.set("fields", Json.mapper().valueToTree(decision.fields()));
        }
        return node;
    }

    private static void putText(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }
}
