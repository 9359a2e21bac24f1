package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;

/**
 * Turns an Elasticsearch answer into the API's: {@code total}, {@code items} (each listing with
 * its {@code highlights} and the clauses it {@code matched}), {@code facets} (each value with
 * its count; selected values always listed), {@code nextCursor}, and how the query was read.
 */
final class SearchResults {
    private SearchResults() {
    }

    static Map<String, Object> of(SearchRequest request, Interpretation meaning, JsonNode response, Relaxation relaxation,
                                  String note, List<String> dropped) {
        JsonNode hits = response.path("hits").path("hits");
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < Math.min(hits.size(), request.size()); i++) {
            items.add(item(hits.get(i)));
        }
        String next = null;
        if (hits.size() > request.size()) {
            List<Object> after = Json.mapper().convertValue(hits.get(request.size() - 1).path("sort"),
                    Json.mapper().getTypeFactory().constructCollectionType(List.class, Object.class));
            next = new Cursor(after, relaxation, Cursor.fingerprintOf(request)).encode();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", response.path("hits").path("total").path("value").asLong());
        body.put("items", items);
        body.put("facets", facets(request, response.path("aggregations")));
        body.put("nextCursor", next);
        body.put("interpretation", ProgramSearch.describe(meaning));
        body.put("relaxed", relaxation != Relaxation.NONE);
        if (note != null) {
            body.put("note", note);
            body.put("dropped", dropped);
        }
        return body;
    }

    private static JsonNode item(JsonNode hit) {
        ObjectNode item = PublicListing.of(hit.path("_source").isObject() ? (ObjectNode) hit.path("_source")
                : Json.mapper().createObjectNode());
        item.remove(IndexFields.HISTORY); // a search shows no history: the listing's own page does
        item.set("highlights", hit.path("highlight").isObject() ? hit.path("highlight") : Json.mapper().createObjectNode());
        ArrayNode matched = item.putArray("matched");
        hit.path("matched_queries").forEach(matched::add);
        return item;
    }

    private static Map<String, List<Map<String, Object>>> facets(SearchRequest request, JsonNode aggregations) {
        Map<String, List<Map<String, Object>>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (JsonNode bucket : aggregations.path(facet.parameter()).path("values").path("buckets")) {
                values.add(value(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
            }
            for (String selected : facet == Facet.FRESHNESS ? request.freshness().stream().sorted().toList()
                    : request.filterValues(facet)) {
                if (values.stream().noneMatch(v -> selected.equals(v.get("value")))) {
                    values.add(value(selected, 0));
                }
            }
            facets.put(facet.parameter(), values);
        }
        return facets;
    }

    private static Map<String, Object> value(String value, long count) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("value", value);
        entry.put("count", count);
        return entry;
    }
}
