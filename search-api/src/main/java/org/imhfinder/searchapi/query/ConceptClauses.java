package org.imhfinder.searchapi.query;

import static org.imhfinder.searchapi.query.QueryNodes.constant;
import static org.imhfinder.searchapi.query.QueryNodes.phrases;
import static org.imhfinder.searchapi.query.QueryNodes.terms;
import static org.imhfinder.searchapi.query.QueryNodes.wrap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.Json;

/**
 * The clause of one group of concepts of a query (the states it names, its topics, ...): one of
 * them must match, scored by where a listing says it. The scores are set above what the words
 * alone score (BM25 over a few words stays around 2 to 12 here) so that a listing that is what the
 * query names (a fellowship, in Colorado) ranks above one whose text merely shares more of its
 * words; the words order the listings within the same concepts.
 */
final class ConceptClauses {
    /** On its structured field: the listing says it is that. */
    static final double STRUCTURED = 15.0;
    /** In the listing's own name or level. */
    static final double OWN_WORDS = 10.0;
    /** In other listed fields (aligned credential, audience, provider). */
    static final double LISTED = 5.0;
    /** In passing, in the description. */
    static final double PASSING = 2.0;
    /** How much the other places a listing says a topic or component add to the best one. */
    static final double CONCEPT_TIE_BREAKER = 0.3;

    private static final List<String> OWN_FIELDS = List.of(IndexFields.NAME, IndexFields.LEVEL);
    private static final List<String> LISTED_FIELDS = List.of(IndexFields.ALIGNS_WITH, IndexFields.AUDIENCE,
            IndexFields.PROVIDER_NAME);

    private ConceptClauses() {
    }

    /**
     * One of the group's concepts must match, scored by where: on its structured field, in the
     * listing's own name or level (or, for a state, its provider's name: providers are named for
     * their state), in other listed fields, or only in passing in the description. The best of these
     * counts in full; for a topic or component the others add {@value #CONCEPT_TIE_BREAKER} of theirs.
     */
    static ObjectNode of(List<Concept> group) {
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
            textClauses(concept, best);
        }
        ObjectNode disMax = QueryNodes.object();
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

    /** The concept's phrases in the listing's text, by where they stand. */
    private static void textClauses(Concept concept, ArrayNode best) {
        List<String> ownFields = "region".equals(concept.parameter())
                ? List.of(IndexFields.NAME, IndexFields.LEVEL, IndexFields.PROVIDER_NAME) : OWN_FIELDS;
        String name = concept.clauseName() + ":text";
        if ("credential".equals(concept.parameter()) && "ENDORSEMENT".equals(concept.value())) {
            // the state systems outside the Endorsement name themselves credentials (Illinois, Ohio, New Hampshire)
            best.add(constant(phrases("credential", OWN_FIELDS, name), LISTED));
        }
        for (String phrase : concept.phrases()) {
            best.add(constant(phrases(phrase, ownFields, name), OWN_WORDS));
            best.add(constant(phrases(phrase, LISTED_FIELDS, name), LISTED));
            best.add(constant(phrases(phrase, List.of(IndexFields.DESCRIPTION), name), PASSING));
        }
    }

    /** An audience: said in the listing's audience (the field is text: the canonical name or the page's words), or in passing. */
    private static void audienceClauses(Concept concept, ArrayNode best) {
        for (String phrase : concept.phrases()) {
            best.add(constant(phrases(phrase, List.of(IndexFields.AUDIENCE), concept.clauseName()), STRUCTURED));
            best.add(constant(phrases(phrase, List.of(IndexFields.NAME, IndexFields.DESCRIPTION), concept.clauseName() + ":text"),
                    PASSING));
        }
    }

    /** A level: its own names (or those of every level of the number asked) in name or level; the same level elsewhere, less. */
    private static void levelClauses(Concept concept, ArrayNode best) {
        for (String phrase : concept.phrases()) {
            best.add(constant(phrases(phrase, OWN_FIELDS, concept.clauseName()), STRUCTURED));
        }
        for (String phrase : concept.related()) {
            best.add(constant(phrases(phrase, OWN_FIELDS, concept.clauseName() + ":related"), LISTED));
        }
    }

    /** The concept on its structured field, named for {@code matched}, scoring above a text match. */
    private static ObjectNode structuredClause(Concept concept) {
        ObjectNode structured = structured(concept);
        ((ObjectNode) structured.get("terms")).put("_name", concept.clauseName());
        return constant(structured, STRUCTURED);
    }

    /**
     * The concept as a filter on its field: the field of the facet of the same parameter (one mapping
     * from parameter to field, {@link Facet}); an education admits every program open to it, and
     * "certificate" every kind of certificate.
     */
    private static ObjectNode structured(Concept concept) {
        if ("education".equals(concept.parameter())) {
            return terms(IndexFields.MINIMUM_EDUCATION, educationsUpTo(Education.valueOf(concept.value())));
        }
        Facet facet = Facet.ofParameter(concept.parameter())
                .orElseThrow(() -> new IllegalArgumentException("no field for concept " + concept.parameter()));
        if (facet == Facet.CREDENTIAL && "CERTIFICATE".equals(concept.value())) {
            return terms(facet.field(), List.of("CERTIFICATE", "GRADUATE_CERTIFICATE", "POST_GRADUATE_CERTIFICATE"));
        }
        return terms(facet.field(), List.of(concept.value()));
    }

    /** The educations a program may ask for and still admit someone holding {@code held}. */
    static List<String> educationsUpTo(Education held) {
        return java.util.Arrays.stream(Education.values()).filter(e -> e.admits(held)).map(Enum::name).toList();
    }
}
