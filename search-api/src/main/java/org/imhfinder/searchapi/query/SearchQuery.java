package org.imhfinder.searchapi.query;

import static org.imhfinder.searchapi.query.QueryNodes.constant;
import static org.imhfinder.searchapi.query.QueryNodes.phrase;
import static org.imhfinder.searchapi.query.QueryNodes.terms;
import static org.imhfinder.searchapi.query.QueryNodes.wrap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.Json;

/**
 * Builds the Elasticsearch search body for a {@link SearchRequest}. Free text is matched only
 * through {@code combined_fields}, {@code multi_match} and {@code match_phrase}, which never parse
 * query syntax, so nothing a client types can become an Elasticsearch operator.
 *
 * <ul>
 *   <li>Text: BM25F over name, level, provider, aligned credential, audience and description,
 *       name and level weighing most; short queries need every word, longer ones three in four;
 *       a phrase match on the name weighs extra.</li>
 *   <li>Concepts found by the vocabulary (states, delivery, topics, components, education) must
 *       match, on their structured field or as one of their phrases in text; the structured match
 *       scores higher ({@link ConceptClauses}). A credential only ranks. An explicit filter on the same parameter replaces
 *       the concept.</li>
 *   <li>Filters are a post-filter and every facet counts with all filters but its own, so a
 *       client can offer several values of one facet at once ({@link FacetFilters}).</li>
 *   <li>Relevance is multiplied by a freshness weight: at equal relevance FRESH ranks above
 *       AGING above STALE.</li>
 * </ul>
 * The relaxed form (for the zero-result fallback) turns concepts into boosts and matches any
 * word, with typos forgiven.
 */
public final class SearchQuery {
    static final List<String> TEXT_FIELDS = List.of(IndexFields.NAME + "^4", IndexFields.LEVEL + "^3",
            IndexFields.PROVIDER_NAME + "^2", IndexFields.ALIGNS_WITH + "^2", IndexFields.AUDIENCE, IndexFields.DESCRIPTION);
    private static final Map<String, Double> FRESHNESS_WEIGHTS = Map.of("AGING", 0.85, "STALE", 0.6, "GONE", 0.4,
            "RETIRED", 0.3);
    /** The query's words as a phrase in the program's name (slop 2). */
    private static final double NAME_PHRASE = 3.0;
    /** A held education equal to the listing's minimum: the most advanced program the searcher can apply for. */
    private static final double EXACT_EDUCATION = 4.0;

    private SearchQuery() {
    }

    /** The search body for one page of {@code request}, read as {@code meaning}, relaxed as far as {@code step}. */
    public static ObjectNode body(SearchRequest request, Interpretation meaning, Relaxation step) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", request.size() + 1); // one more than asked: tells whether another page exists
        body.put("track_total_hits", true);
        body.set("query", scored(request, matching(request, meaning, step)));
        ObjectNode postFilter = FacetFilters.filters(request, null);
        if (postFilter != null) {
            body.set("post_filter", postFilter);
        }
        body.set("aggs", FacetFilters.aggregations(request));
        body.set("sort", sort(request.sort()));
        if (request.cursor() != null) {
            body.set("search_after", Json.mapper().valueToTree(request.cursor().after()));
        }
        body.set("highlight", highlight());
        ArrayNode includes = body.putObject("_source").putArray("includes");
        IndexFields.PUBLIC.stream().filter(f -> !f.equals(IndexFields.HISTORY)).forEach(includes::add);
        return body;
    }

    /**
     * What must match and what ranks. The required words (most of them) and, by {@link Relaxation}
     * step, the concepts of each role; the program's own words (name, level) rank above a passing
     * mention; words any listing could claim ("training") and the concepts no longer required only rank.
     */
    static ObjectNode matching(SearchRequest request, Interpretation meaning, Relaxation step) {
        ObjectNode bool = Json.mapper().createObjectNode();
        ArrayNode must = bool.putArray("must");
        ArrayNode should = bool.putArray("should");
        ArrayNode filter = bool.putArray("filter");
        if (step == Relaxation.WORDS && meaning.allText() != null) {
            should.add(relaxedText(meaning.allText()));
        } else if (meaning.text() != null) {
            (step.requiresText() ? must : should).add(text(meaning.text()));
        }
        if (meaning.allText() != null) {
            should.add(constant(phrase(IndexFields.NAME, meaning.allText(), 2, 1.0), NAME_PHRASE));
            should.add(ownWords(meaning.allText()));
        }
        if (meaning.optional() != null && step != Relaxation.WORDS) {
            should.add(optionalWords(meaning.optional()));
        }
        Map<String, List<Concept>> groups = conceptsByParameter(request, meaning);
        boolean subjectNamed = meaning.text() != null && step.requiresText()
                || groups.values().stream().anyMatch(g -> g.get(0).role() == Concept.Role.SUBJECT);
        for (Map.Entry<String, List<Concept>> group : groups.entrySet()) {
            Concept.Role role = group.getValue().get(0).role();
            // a credential word is the subject when nothing else says what the program is ("fellowship in Colorado")
            boolean required = step.requires(role == Concept.Role.PREFERENCE && !subjectNamed ? Concept.Role.SUBJECT : role);
            (required ? must : should).add(ConceptClauses.of(group.getValue()));
            if ("education".equals(group.getKey())) {
                group.getValue().forEach(c -> should.add(constant(terms(IndexFields.MINIMUM_EDUCATION, List.of(c.value())),
                        EXACT_EDUCATION)));
            }
        }
        if (request.education() != null) {
            filter.add(terms(IndexFields.MINIMUM_EDUCATION, educationsUpTo(request.education())));
        }
        if (must.isEmpty() && should.isEmpty()) {
            must.add(Json.mapper().createObjectNode().set("match_all", Json.mapper().createObjectNode()));
        } else if (must.isEmpty()) {
            bool.put("minimum_should_match", 1);
        }
        return wrap("bool", bool);
    }

    /** Concepts grouped by parameter, leaving out those the client filtered on explicitly. */
    static Map<String, List<Concept>> conceptsByParameter(SearchRequest request, Interpretation meaning) {
        Map<String, List<Concept>> groups = new LinkedHashMap<>();
        for (Concept concept : meaning.concepts()) {
            boolean explicit = "education".equals(concept.parameter()) ? request.education() != null
                    : request.filters().keySet().stream().anyMatch(f -> f.parameter().equals(concept.parameter()));
            if (!explicit) {
                groups.computeIfAbsent(concept.parameter(), p -> new ArrayList<>()).add(concept);
            }
        }
        return groups;
    }

    /** The query's words in the program's own name and level: what a program is called outranks what it mentions. */
    private static ObjectNode ownWords(String text) {
        ObjectNode match = Json.mapper().createObjectNode();
        match.put("query", text).put("type", "best_fields").put("operator", "or").put("boost", 0.5);
        match.set("fields", QueryNodes.strings(List.of(IndexFields.NAME + "^2", IndexFields.LEVEL)));
        return wrap("multi_match", match);
    }

    /** Words any listing could claim ("training", "course"): they rank a little, never decide. */
    private static ObjectNode optionalWords(String text) {
        ObjectNode match = Json.mapper().createObjectNode();
        match.put("query", text).put("operator", "or").put("boost", 0.3);
        match.set("fields", QueryNodes.strings(TEXT_FIELDS));
        return wrap("combined_fields", match);
    }

    private static ObjectNode text(String text) {
        ObjectNode match = Json.mapper().createObjectNode();
        match.put("query", text).put("operator", "or").put("minimum_should_match", "2<75%").put("_name", "text");
        match.set("fields", QueryNodes.strings(TEXT_FIELDS));
        return wrap("combined_fields", match);
    }

    /** Any word, typos forgiven, each word's expansions bounded (see {@link SearchRequest#MAX_QUERY_WORDS}). */
    private static ObjectNode relaxedText(String text) {
        ObjectNode match = Json.mapper().createObjectNode();
        match.put("query", text).put("type", "best_fields").put("operator", "or").put("fuzziness", "AUTO")
                .put("prefix_length", 1).put("max_expansions", 10).put("_name", "text");
        match.set("fields", QueryNodes.strings(TEXT_FIELDS));
        return wrap("multi_match", match);
    }

    /** Scores for the sort: freshness-weighted relevance, or the deadline buckets. */
    private static ObjectNode scored(SearchRequest request, ObjectNode query) {
        return switch (request.sort()) {
            case RELEVANCE -> functionScore(query, freshnessWeights(), "multiply");
            case DEADLINE -> functionScore(query, deadlineBuckets(), "replace");
            case UPDATED -> query;
        };
    }

    private static ObjectNode functionScore(ObjectNode query, ArrayNode functions, String boostMode) {
        ObjectNode score = Json.mapper().createObjectNode();
        score.set("query", query);
        score.set("functions", functions);
        score.put("score_mode", "first").put("boost_mode", boostMode);
        return wrap("function_score", score);
    }

    private static ArrayNode freshnessWeights() {
        ArrayNode functions = Json.mapper().createArrayNode();
        FRESHNESS_WEIGHTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                functions.addObject().put("weight", e.getValue()).set("filter", terms(IndexFields.FRESHNESS_STATUS,
                        List.of(e.getKey()))));
        return functions;
    }

    /** Upcoming deadlines first (3), then listings without one (2), then passed deadlines (1). */
    private static ArrayNode deadlineBuckets() {
        ArrayNode functions = Json.mapper().createArrayNode();
        ObjectNode upcoming = Json.mapper().createObjectNode();
        upcoming.putObject("range").putObject(IndexFields.APPLICATION_DEADLINE).put("gte", "now/d");
        functions.addObject().put("weight", 3).set("filter", upcoming);
        ObjectNode none = Json.mapper().createObjectNode();
        none.putObject("bool").putArray("must_not").addObject().putObject("exists").put("field", IndexFields.APPLICATION_DEADLINE);
        functions.addObject().put("weight", 2).set("filter", none);
        ObjectNode passed = Json.mapper().createObjectNode();
        passed.putObject("range").putObject(IndexFields.APPLICATION_DEADLINE).put("lt", "now/d");
        functions.addObject().put("weight", 1).set("filter", passed);
        return functions;
    }

    /** The kinds of the sort values a hit carries under {@link #sort}, in order: what a cursor of that sort holds. */
    static List<Cursor.SortValue> cursorShape(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> List.of(Cursor.SortValue.SCORE, Cursor.SortValue.TEXT);
            case UPDATED -> List.of(Cursor.SortValue.LONG, Cursor.SortValue.TEXT);
            case DEADLINE -> List.of(Cursor.SortValue.SCORE, Cursor.SortValue.LONG, Cursor.SortValue.TEXT);
        };
    }

    static ArrayNode sort(SortOrder order) {
        ArrayNode sort = Json.mapper().createArrayNode();
        switch (order) {
            case RELEVANCE -> sort.addObject().putObject("_score").put("order", "desc");
            case UPDATED -> sort.addObject().putObject(IndexFields.LAST_CHANGED_AT).put("order", "desc").put("missing", "_last");
            case DEADLINE -> {
                sort.addObject().putObject("_score").put("order", "desc");
                sort.addObject().putObject(IndexFields.APPLICATION_DEADLINE).put("order", "asc").put("missing", "_last");
            }
        }
        sort.addObject().putObject(IndexFields.ID).put("order", "asc"); // the tie-breaker: stable cursors
        return sort;
    }

    private static ObjectNode highlight() {
        ObjectNode highlight = Json.mapper().createObjectNode();
        highlight.put("encoder", "html");
        highlight.putArray("pre_tags").add("<em>");
        highlight.putArray("post_tags").add("</em>");
        ObjectNode fields = highlight.putObject("fields");
        for (String field : List.of(IndexFields.NAME, IndexFields.LEVEL, IndexFields.PROVIDER_NAME, IndexFields.ALIGNS_WITH)) {
            fields.putObject(field).put("number_of_fragments", 0);
        }
        fields.putObject(IndexFields.DESCRIPTION).put("fragment_size", 160).put("number_of_fragments", 2);
        return highlight;
    }

    /** The educations a program may ask for and still admit someone holding {@code held}. */
    static List<String> educationsUpTo(Education held) {
        return ConceptClauses.educationsUpTo(held);
    }
}
