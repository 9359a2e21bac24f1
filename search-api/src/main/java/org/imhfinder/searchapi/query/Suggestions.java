package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * Autocomplete over program and provider names (the index's {@code suggest} completion field):
 * prefix matches, duplicates dropped, one typo forgiven from the fourth character on; gone and retired
 * listings are not suggested.
 */
public final class Suggestions {
    public static final int MAX_PREFIX = 100;
    public static final int MAX_SIZE = 20;

    private final ProgramsIndex index;

    public Suggestions(ProgramsIndex index) {
        this.index = index;
    }

    public Map<String, Object> suggest(String prefix, int size) throws IOException {
        JsonNode response = index.search(body(prefix, size)).orElse(null);
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        if (response != null) {
            for (JsonNode option : response.path("suggest").path("names").path(0).path("options")) {
                texts.add(whole(option));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("prefix", prefix);
        answer.put("suggestions", List.copyOf(texts));
        return answer;
    }

    static ObjectNode body(String prefix, int size) {
        ObjectNode body = Json.mapper().createObjectNode();
        // the names themselves: the completion field keeps an input's first 50 characters only
        body.putObject("_source").putArray("includes").add(IndexFields.NAME).add(IndexFields.PROVIDER_NAME);
        ObjectNode completion = body.putObject("suggest").putObject("names").put("prefix", prefix).putObject("completion");
        completion.put("field", IndexFields.SUGGEST).put("size", size).put("skip_duplicates", true);
        // the completion field is keyed by freshness status (index template): suggest what default search finds
        var statuses = completion.putObject("contexts").putArray(IndexFields.SUGGEST_STATUS_CONTEXT);
        SearchRequest.DEFAULT_FRESHNESS.stream().sorted().forEach(statuses::add);
        if (prefix.length() >= 4) {
            completion.putObject("fuzzy").put("fuzziness", 1).put("prefix_length", 2);
        }
        return body;
    }

    /**
     * The whole name an option stands for. The completion field indexes (and answers) only the
     * first 50 characters of each input, so a long program name comes back cut mid-word; the
     * listing's own name or provider name that the option's text begins is the suggestion.
     */
    static String whole(JsonNode option) {
        String text = option.path("text").asText();
        JsonNode source = option.path("_source");
        for (JsonNode name : List.of(source.path("name"), source.path("provider").path("name"))) {
            if (name.isTextual() && name.asText().regionMatches(true, 0, text, 0, text.length())) {
                return name.asText();
            }
        }
        return text;
    }

    /** Checks the parameters; a bad one is a 400 naming it. */
    public static String prefix(String text) {
        String prefix = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
        if (prefix.isEmpty()) {
            throw ApiProblem.badParameter("prefix", "required, at least one character");
        }
        if (prefix.length() > MAX_PREFIX) {
            throw ApiProblem.badParameter("prefix", "at most " + MAX_PREFIX + " characters");
        }
        return prefix;
    }

    public static int size(String text) {
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.badParameter("size", "a whole number between 1 and " + MAX_SIZE + ", got '" + text + "'");
    }
}
