package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.imhfinder.schema.Json;

/**
 * Searches the programs: reads the query with the vocabulary, runs it, and when nothing matches
 * runs it again relaxed (concepts as boosts, any word, typos forgiven) and says so in {@code note}.
 */
public final class ProgramSearch {
    private final ProgramsIndex index;
    private final QueryEnrichment enrichment;

    public ProgramSearch(ProgramsIndex index, QueryEnrichment enrichment) {
        this.index = index;
        this.enrichment = enrichment;
    }

    public Map<String, Object> search(SearchRequest request) throws IOException {
        Interpretation meaning = interpret(request);
        boolean relaxed = request.cursor() != null && request.cursor().relaxed();
        JsonNode response = run(request, meaning, relaxed);
        String note = null;
        if (!relaxed && total(response) == 0 && request.cursor() == null && !meaning.isEmpty()) {
            JsonNode wider = run(request, meaning, true);
            if (total(wider) > 0) {
                response = wider;
                relaxed = true;
                note = "No listing matched everything in \"" + request.q() + "\"; showing listings that match part of it.";
            }
        }
        return SearchResults.of(request, meaning, response, relaxed, note);
    }

    /** The listing as indexed, without the autocomplete inputs; empty when there is none with this id. */
    public Optional<ObjectNode> get(String id) throws IOException {
        return index.publicDocument(id).map(PublicListing::of);
    }

    /** The search body this API sends to Elasticsearch for a request (first try), for benchmarks and debugging. */
    public ObjectNode bodyFor(SearchRequest request) {
        return SearchQuery.body(request, interpret(request), false);
    }

    private Interpretation interpret(SearchRequest request) {
        if (request.q() == null) {
            return Interpretation.literal(null);
        }
        return request.interpret() ? enrichment.interpret(request.q()) : Interpretation.literal(request.q());
    }

    private JsonNode run(SearchRequest request, Interpretation meaning, boolean relaxed) throws IOException {
        return index.search(SearchQuery.body(request, meaning, relaxed)).orElse(Json.mapper().createObjectNode());
    }

    private static long total(JsonNode response) {
        return response.path("hits").path("total").path("value").asLong();
    }

    /** The interpretation as answered to clients: the words searched as text and the concepts found. */
    static Map<String, Object> describe(Interpretation meaning) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", meaning.text());
        out.put("concepts", meaning.concepts().stream().map(c -> Map.of("parameter", c.parameter(), "value", c.value(),
                "matched", c.matched())).toList());
        return out;
    }
}
