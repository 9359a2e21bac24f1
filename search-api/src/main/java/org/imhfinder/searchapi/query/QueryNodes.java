package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.imhfinder.schema.Json;

/** The small pieces of Elasticsearch's query language the search and eligibility bodies are built of. */
public final class QueryNodes {
    private QueryNodes() {
    }

    static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }

    /** {@code {kind: inner}}. */
    static ObjectNode wrap(String kind, ObjectNode inner) {
        ObjectNode node = object();
        node.set(kind, inner);
        return node;
    }

    /** Any of {@code values} on a keyword field. */
    public static ObjectNode terms(String field, List<String> values) {
        ObjectNode terms = object();
        terms.putObject("terms").set(field, strings(values));
        return terms;
    }

    /** The texts as a JSON array, built directly: {@code valueToTree} goes through a token buffer, a few times per search. */
    static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.mapper().createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** Matches of {@code query} score {@code boost}, however often or where they match. */
    static ObjectNode constant(ObjectNode query, double boost) {
        return wrap("constant_score", object().<ObjectNode>set("filter", query).put("boost", boost));
    }

    /** The phrase in any of the fields, named {@code name} in a hit's {@code matched_queries}. */
    static ObjectNode phrases(String phrase, List<String> fields, String name) {
        ObjectNode match = object();
        match.put("query", phrase).put("type", "phrase").put("_name", name);
        match.set("fields", strings(fields));
        return wrap("multi_match", match);
    }

    /** The words as a phrase in one field, up to {@code slop} words apart. */
    static ObjectNode phrase(String field, String text, int slop, double boost) {
        ObjectNode phrase = object();
        phrase.putObject(field).put("query", text).put("slop", slop).put("boost", boost);
        return wrap("match_phrase", phrase);
    }
}
