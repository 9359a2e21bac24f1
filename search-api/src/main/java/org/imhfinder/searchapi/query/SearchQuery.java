package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *       scores higher. A credential only ranks. An explicit filter on the same parameter replaces
 *       the concept.</li>
 *   <li>Filters are a post-filter and every facet counts with all filters but its own, so a
 *       client can offer several values of one facet at once.</li>
 *   <li>Relevance is multiplied by a freshness weight: at equal relevance FRESH ranks above
 *       AGING above STALE.</li>
 * </ul>
 * The relaxed form (for the zero-result fallback) turns concepts into boosts and matches any
 * word, with typos forgiven.
 */
public final class SearchQuery {
    static final List<String> TEXT_FIELDS = List.of("name^4", "level^3", "provider.name^2", "alignsWith^2", "audience",
            "description");
    private static final List<String> PHRASE_FIELDS = List.of("name", "level", "provider.name", "alignsWith", "description");
    private static final Map<String, Double> FRESHNESS_WEIGHTS = Map.of("AGING", 0.85, "STALE", 0.6, "GONE", 0.4,
            "RETIRED", 0.3);
    private static final String TIE_BREAKER = "id";
    /** Concepts that rank rather than restrict: "certificate" in a query is a preference, a state is not. */
    /**
     * Scores of a concept by where a listing says it (see {@link #conceptClause}). They are set above
     * what the words alone score (BM25 over a few words stays around 2 to 12 here) so that a listing
     * that is what the query names (a fellowship, in Colorado) ranks above one whose text merely shares
     * more of its words; the words order the listings within the same concepts.
     */
    static final double STRUCTURED = 15.0;
    static final double OWN_WORDS = 10.0;
    static final double LISTED = 5.0;
    static final double PASSING = 2.0;
    /** How much the other places a listing says a concept add to the best one (see {@link #conceptClause}). */
    static final double CONCEPT_TIE_BREAKER = 0.3;
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
        ObjectNode postFilter = filters(request, null);
        if (postFilter != null) {
            body.set("post_filter", postFilter);
        }
        body.set("aggs", facets(request));
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
            should.add(constant(phrase("name", meaning.allText(), 2, 1.0), NAME_PHRASE));
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
            (required ? must : should).add(conceptClause(group.getValue()));
            if ("education".equals(group.getKey())) {
                group.getValue().forEach(c -> should.add(constant(terms("minimumEducation", List.of(c.value())), EXACT_EDUCATION)));
            }
        }
        if (request.education() != null) {
            filter.add(terms("minimumEducation", educationsUpTo(request.education())));
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

    /**
     * One of the group's concepts must match, scored by where: on its structured field (the listing
     * says it is that), in the listing's own name or level (or, for a state, its provider's name:
     * providers are named for their state), in other listed fields, or only in passing in the
     * description. The best of these counts in full; for a topic or component the others add
     * {@value #CONCEPT_TIE_BREAKER} of theirs.
     */
    private static ObjectNode conceptClause(List<Concept> group) {
        ArrayNode best = Json.mapper().createArrayNode();
        for (Concept concept : group) {
            if ("level".equals(concept.parameter())) {
                levelClauses(concept, best);
                continue;
            }
            for (Concept alternative : concept.alternatives()) {
                if ("audience".equals(alternative.parameter())) {
                    audienceClauses(alternative, best);
                } else {
                    best.add(structuredClause(alternative));
                }
            }
            if ("audience".equals(concept.parameter())) { // no structured field: the audience is text
                audienceClauses(concept, best);
                continue;
            }
            best.add(structuredClause(concept));
            List<String> ownFields = "region".equals(concept.parameter()) ? List.of("name", "level", "provider.name")
                    : List.of("name", "level");
            if ("credential".equals(concept.parameter()) && "ENDORSEMENT".equals(concept.value())) {
                // the state systems outside the Endorsement name themselves credentials (Illinois, Ohio, New Hampshire)
                best.add(constant(phrases("credential", List.of("name", "level"), concept.clauseName() + ":text"), LISTED));
            }
            for (String phrase : concept.phrases()) {
                best.add(constant(phrases(phrase, ownFields, concept.clauseName() + ":text"), OWN_WORDS));
                best.add(constant(phrases(phrase, List.of("alignsWith", "audience", "provider.name"), concept.clauseName() + ":text"),
                        LISTED));
                best.add(constant(phrases(phrase, List.of("description"), concept.clauseName() + ":text"), PASSING));
            }
        }
        ObjectNode disMax = Json.mapper().createObjectNode();
        disMax.set("queries", best);
        // for a topic, the best place counts in full and the others a little: a listing tagged CPP whose own
        // name says it ranks above one only tagged (a fellowship that mentions CPP). Not for states, levels,
        // credentials or education, where the relevance set lost by it (every listing of a state system says
        // its state and credential in several places, which is no sign of being the better answer)
        if (group.stream().allMatch(c -> "topic".equals(c.parameter()) || "component".equals(c.parameter()))) {
            disMax.put("tie_breaker", CONCEPT_TIE_BREAKER);
        }
        return wrap("dis_max", disMax);
    }

    /** An audience: said in the listing's audience (the field is text: the canonical name or the page's words), or in passing. */
    private static void audienceClauses(Concept concept, ArrayNode best) {
        for (String phrase : concept.phrases()) {
            best.add(constant(phrases(phrase, List.of("audience"), concept.clauseName()), STRUCTURED));
            best.add(constant(phrases(phrase, List.of("name", "description"), concept.clauseName() + ":text"), PASSING));
        }
    }

    /** A level: its own names (or those of every level of the number asked) in name or level; the same level elsewhere, less. */
    private static void levelClauses(Concept concept, ArrayNode best) {
        for (String phrase : concept.phrases()) {
            best.add(constant(phrases(phrase, List.of("name", "level"), concept.clauseName()), STRUCTURED));
        }
        for (String phrase : concept.related()) {
            best.add(constant(phrases(phrase, List.of("name", "level"), concept.clauseName() + ":related"), LISTED));
        }
    }

    private static ObjectNode phrases(String phrase, List<String> fields, String name) {
        ObjectNode match = Json.mapper().createObjectNode();
        match.put("query", phrase).put("type", "phrase").put("_name", name);
        match.set("fields", Json.mapper().valueToTree(fields));
        return wrap("multi_match", match);
    }

    private static ObjectNode constant(ObjectNode query, double boost) {
        return wrap("constant_score", Json.mapper().createObjectNode().<ObjectNode>set("filter", query).put("boost", boost));
    }

    /** The concept on its structured field, named for {@code matched}, scoring above a text match. */
    private static ObjectNode structuredClause(Concept concept) {
        ObjectNode structured = structured(concept);
        ((ObjectNode) structured.get("terms")).put("_name", concept.clauseName());
        return constant(structured, STRUCTURED);
    }

    private static ObjectNode structured(Concept concept) {
        return switch (concept.parameter()) {
            case "education" -> terms("minimumEducation", educationsUpTo(Education.valueOf(concept.value())));
            case "region" -> terms("location.region", List.of(concept.value()));
            case "delivery" -> terms("delivery", List.of(concept.value()));
            case "topic" -> terms("topics", List.of(concept.value()));
            case "component" -> terms("components", List.of(concept.value()));
            case "credential" -> terms("credential", "CERTIFICATE".equals(concept.value())
                    ? List.of("CERTIFICATE", "GRADUATE_CERTIFICATE", "POST_GRADUATE_CERTIFICATE") : List.of(concept.value()));
            default -> throw new IllegalArgumentException("no field for concept " + concept.parameter());
        };
    }

    /** The query's words in the program's own name and level: what a program is called outranks what it mentions. */
    private static ObjectNode ownWords(String text) {
        ObjectNode match = Json.mapper().createObjectNode();
        match.put("query", text).put("type", "best_fields").put("operator", "or").put("boost", 0.5);
        match.set("fields", Json.mapper().valueToTree(List.of("name^2", "level")));
        return wrap("multi_match", match);
    }

    /** Words any listing could claim ("training", "course"): they rank a little, never decide. */
    private static ObjectNode optionalWords(String text) {
        ObjectNode match = Json.mapper().createObjectNode();
        match.put("query", text).put("operator", "or").put("boost", 0.3);
        match.set("fields", Json.mapper().valueToTree(TEXT_FIELDS));
        return wrap("combined_fields", match);
    }

    private static ObjectNode text(String text) {
        ObjectNode match = Json.mapper().createObjectNode();
        match.put("query", text).put("operator", "or").put("minimum_should_match", "2<75%").put("_name", "text");
        match.set("fields", Json.mapper().valueToTree(TEXT_FIELDS));
        return wrap("combined_fields", match);
    }

    /** Any word, typos forgiven, each word's expansions bounded (see {@link SearchRequest#MAX_QUERY_WORDS}). */
    private static ObjectNode relaxedText(String text) {
        ObjectNode match = Json.mapper().createObjectNode();
        match.put("query", text).put("type", "best_fields").put("operator", "or").put("fuzziness", "AUTO")
                .put("prefix_length", 1).put("max_expansions", 10).put("_name", "text");
        match.set("fields", Json.mapper().valueToTree(TEXT_FIELDS));
        return wrap("multi_match", match);
    }

    private static ObjectNode phrase(String field, String text, int slop, double boost) {
        ObjectNode phrase = Json.mapper().createObjectNode();
        phrase.putObject(field).put("query", text).put("slop", slop).put("boost", boost);
        return wrap("match_phrase", phrase);
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
                functions.addObject().put("weight", e.getValue()).set("filter", terms("freshness.status", List.of(e.getKey()))));
        return functions;
    }

    /** Upcoming deadlines first (3), then listings without one (2), then passed deadlines (1). */
    private static ArrayNode deadlineBuckets() {
        ArrayNode functions = Json.mapper().createArrayNode();
        ObjectNode upcoming = Json.mapper().createObjectNode();
        upcoming.putObject("range").putObject("applicationDeadline").put("gte", "now/d");
        functions.addObject().put("weight", 3).set("filter", upcoming);
        ObjectNode none = Json.mapper().createObjectNode();
        none.putObject("bool").putArray("must_not").addObject().putObject("exists").put("field", "applicationDeadline");
        functions.addObject().put("weight", 2).set("filter", none);
        ObjectNode passed = Json.mapper().createObjectNode();
        passed.putObject("range").putObject("applicationDeadline").put("lt", "now/d");
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
            case UPDATED -> sort.addObject().putObject("freshness.lastChangedAt").put("order", "desc").put("missing", "_last");
            case DEADLINE -> {
                sort.addObject().putObject("_score").put("order", "desc");
                sort.addObject().putObject("applicationDeadline").put("order", "asc").put("missing", "_last");
            }
        }
        sort.addObject().putObject(TIE_BREAKER).put("order", "asc");
        return sort;
    }

    /** The filters of every facet but {@code except} (null: all), as one bool filter; null when none. */
    static ObjectNode filters(SearchRequest request, Facet except) {
        ArrayNode clauses = Json.mapper().createArrayNode();
        for (Facet facet : Facet.values()) {
            if (facet != except) {
                ObjectNode clause = facetFilter(request, facet);
                if (clause != null) {
                    clauses.add(clause);
                }
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        ObjectNode bool = Json.mapper().createObjectNode();
        bool.set("filter", clauses);
        return wrap("bool", bool);
    }

    private static ObjectNode facetFilter(SearchRequest request, Facet facet) {
        if (facet == Facet.FRESHNESS) {
            Set<String> statuses = request.freshness();
            ObjectNode bool = Json.mapper().createObjectNode();
            bool.putArray("filter").add(terms(facet.field(), statuses.stream().sorted().toList()));
            if (!statuses.contains("RETIRED")) {
                bool.putArray("must_not").addObject().putObject("term").put("curation.retired", true);
            }
            return wrap("bool", bool);
        }
        List<String> values = request.filterValues(facet);
        return values.isEmpty() ? null : terms(facet.field(), values);
    }

    private static ObjectNode facets(SearchRequest request) {
        ObjectNode aggs = Json.mapper().createObjectNode();
        for (Facet facet : Facet.values()) {
            ObjectNode others = filters(request, facet);
            ObjectNode agg = aggs.putObject(facet.parameter());
            agg.set("filter", others == null ? wrap("match_all", Json.mapper().createObjectNode()) : others);
            agg.putObject("aggs").putObject("values").putObject("terms").put("field", facet.field())
                    .put("size", facet.allowed().isEmpty() ? 100 : facet.allowed().size());
        }
        return aggs;
    }

    private static ObjectNode highlight() {
        ObjectNode highlight = Json.mapper().createObjectNode();
        highlight.put("encoder", "html");
        highlight.putArray("pre_tags").add("<em>");
        highlight.putArray("post_tags").add("</em>");
        ObjectNode fields = highlight.putObject("fields");
        for (String field : List.of("name", "level", "provider.name", "alignsWith")) {
            fields.putObject(field).put("number_of_fragments", 0);
        }
        fields.putObject("description").put("fragment_size", 160).put("number_of_fragments", 2);
        return highlight;
    }

    static List<String> educationsUpTo(Education held) {
        return java.util.Arrays.stream(Education.values()).filter(e -> e.admits(held)).map(Enum::name).toList();
    }

    static ObjectNode terms(String field, List<String> values) {
        ObjectNode terms = Json.mapper().createObjectNode();
        terms.putObject("terms").set(field, Json.mapper().valueToTree(values));
        return terms;
    }

    private static ObjectNode wrap(String kind, ObjectNode inner) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.set(kind, inner);
        return node;
    }
}
