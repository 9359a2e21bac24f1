package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imhfinder.schema.Json;

/**
 * Searches the programs: reads the query with the vocabulary, runs it, and when nothing matches
 * runs it again relaxed, one {@link Relaxation} step at a time (delivery and education, then the
 * words, then the state, then any word with typos forgiven), and answers with the first step that
 * finds something, saying in {@code note} and {@code dropped} what it no longer required. At most
 * five searches.
 */
public final class ProgramSearch {
    private final ProgramsIndex index;
    private final QueryEnrichment enrichment;

    public ProgramSearch(ProgramsIndex index, QueryEnrichment enrichment) {
        this.index = index;
        this.enrichment = enrichment;
    }

    public Map<String, Object> search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        Interpretation meaning = interpret(request);
        SearchTimings.since(SearchTimings.Phase.INTERPRET, started);
        Relaxation step = request.cursor() != null ? request.cursor().relaxation() : Relaxation.NONE;
        JsonNode response = run(request, meaning, step);
        if (total(response) == 0 && request.cursor() == null && !meaning.isEmpty()) {
            for (Relaxation wider : steps(meaning)) {
                JsonNode answer = run(request, meaning, wider);
                if (total(answer) > 0) {
                    return answer(request, meaning, answer, wider, note(request, meaning, wider), dropped(meaning, wider));
                }
            }
        }
        return answer(request, meaning, response, step, null, List.of());
    }

    private static Map<String, Object> answer(SearchRequest request, Interpretation meaning, JsonNode response,
                                              Relaxation step, String note, List<String> dropped) {
        long started = System.nanoTime();
        try {
            return SearchResults.of(request, meaning, response, step, note, dropped);
        } finally {
            SearchTimings.since(SearchTimings.Phase.READ, started);
        }
    }

    /** The relaxations worth trying for this query, in order: a step that drops nothing the query has is skipped. */
    static List<Relaxation> steps(Interpretation meaning) {
        List<Relaxation> steps = new ArrayList<>();
        if (meaning.concepts().stream().anyMatch(c -> c.role() == Concept.Role.QUALIFIER)) {
            steps.add(Relaxation.QUALIFIERS);
        }
        if (meaning.text() != null && meaning.concepts().stream().anyMatch(c -> c.role() != Concept.Role.QUALIFIER)) {
            steps.add(Relaxation.TEXT); // something the query names stays required: not the same as any word
        }
        if (meaning.concepts().stream().anyMatch(c -> c.role() == Concept.Role.STATE)) {
            steps.add(Relaxation.STATE);
        }
        steps.add(Relaxation.WORDS);
        return steps;
    }

    /** The concepts a relaxed answer no longer requires, as clause names ("delivery:ONLINE", "region:CO"). */
    static List<String> dropped(Interpretation meaning, Relaxation step) {
        return meaning.concepts().stream().filter(c -> c.role() != Concept.Role.PREFERENCE && !step.requires(c.role()))
                .map(Concept::clauseName).toList();
    }

    /** What a relaxed answer says: what matched nothing, and what it shows instead. */
    static String note(SearchRequest request, Interpretation meaning, Relaxation step) {
        String q = "\"" + request.q() + "\"";
        String qualifiers = matched(meaning, Concept.Role.QUALIFIER);
        return switch (step) {
            case NONE -> null;
            case QUALIFIERS -> "No listing matched everything in " + q + "; showing listings that match it without " + qualifiers + ".";
            case STATE -> "No listing in " + matched(meaning, Concept.Role.STATE) + " matched " + q
                    + "; showing listings elsewhere that match the rest of it" + (qualifiers.isEmpty() ? "" : " (without " + qualifiers + ")") + ".";
            case TEXT -> "No listing matched every word of " + q + "; showing listings that are what it names"
                    + (matched(meaning, Concept.Role.STATE).isEmpty() ? "" : " in " + matched(meaning, Concept.Role.STATE))
                    + ", with as many of its words as they have" + (qualifiers.isEmpty() ? "" : " (without " + qualifiers + ")") + ".";
            case WORDS -> "No listing matched everything in " + q + "; showing listings that match part of it.";
        };
    }

    private static String matched(Interpretation meaning, Concept.Role role) {
        return String.join(" or ", meaning.concepts().stream().filter(c -> c.role() == role)
                .map(c -> "\"" + c.matched() + "\"").toList());
    }

    /** The listing as anyone may see it ({@link PublicListing}); empty when there is none with this id. */
    public Optional<ObjectNode> get(String id) throws IOException {
        return index.publicDocument(id).map(PublicListing::of);
    }

    /** The search body this API sends to Elasticsearch for a request (first try), for benchmarks and debugging. */
    public ObjectNode bodyFor(SearchRequest request) {
        return SearchQuery.body(request, interpret(request), Relaxation.NONE);
    }

    private Interpretation interpret(SearchRequest request) {
        if (request.q() == null) {
            return Interpretation.literal(null);
        }
        return request.interpret() ? enrichment.interpret(request.q()) : Interpretation.literal(request.q());
    }

    private JsonNode run(SearchRequest request, Interpretation meaning, Relaxation step) throws IOException {
        long started = System.nanoTime();
        ObjectNode body = SearchQuery.body(request, meaning, step);
        SearchTimings.since(SearchTimings.Phase.BODY, started);
        return index.search(body).orElse(Json.mapper().createObjectNode());
    }

    private static long total(JsonNode response) {
        return response.path("hits").path("total").path("value").asLong();
    }

    /** The interpretation as answered to clients: the words searched as text and the concepts found. */
    static Map<String, Object> describe(Interpretation meaning) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", meaning.text());
        out.put("optional", meaning.optional());
        out.put("concepts", meaning.concepts().stream().map(c -> Map.of("parameter", c.parameter(), "value", c.value(),
                "matched", c.matched())).toList());
        out.put("corrected", meaning.corrected());
        return out;
    }
}
