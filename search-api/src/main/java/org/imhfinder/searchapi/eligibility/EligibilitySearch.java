package org.imhfinder.searchapi.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.query.Facet;
import org.imhfinder.searchapi.query.ProgramsIndex;
import org.imhfinder.searchapi.query.PublicListing;
import org.imhfinder.searchapi.query.QueryNodes;
import org.imhfinder.searchapi.query.SearchRequest;

/**
 * Answers "which programs can I apply for now, and what am I missing for the others?": reads the
 * programs the filters select (up to {@link #MAX_CONSIDERED}, public fields only), checks each
 * one's requirements with {@link Eligibility} and orders them with {@link ProgramEligibility#ORDER}.
 * The ordering needs every program's answer, so it is done here rather than by Elasticsearch; a
 * directory of IMH programs is hundreds of listings, far below the bound.
 */
public final class EligibilitySearch {
    /** Most programs one question reads; more is said in {@code considered} below {@code total}. */
    public static final int MAX_CONSIDERED = 1000;

    private final ProgramsIndex index;

    public EligibilitySearch(ProgramsIndex index) {
        this.index = index;
    }

    public Map<String, Object> answer(EligibilityRequest request) throws IOException {
        JsonNode response = index.search(body(request)).orElse(Json.mapper().createObjectNode());
        List<ProgramEligibility> answers = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            if (hit.path("_source") instanceof ObjectNode source) {
                ObjectNode program = PublicListing.of(source);
                program.remove(IndexFields.HISTORY);
                answers.add(Eligibility.of(request.applicant(), program));
            }
        }
        answers.sort(ProgramEligibility.ORDER);
        Map<ProgramEligibility.Outcome, Long> counts = new EnumMap<>(ProgramEligibility.Outcome.class);
        for (ProgramEligibility.Outcome outcome : ProgramEligibility.Outcome.values()) {
            counts.put(outcome, answers.stream().filter(a -> a.outcome() == outcome).count());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicant", applicant(request.applicant()));
        body.put("total", response.path("hits").path("total").path("value").asLong());
        body.put("considered", answers.size());
        body.put("counts", counts);
        body.put("items", answers.subList(0, Math.min(request.size(), answers.size())).stream()
                .map(EligibilitySearch::item).toList());
        return body;
    }

    private static Map<String, Object> applicant(Applicant applicant) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("education", applicant.education().name());
        out.put("yearsExperience", applicant.yearsExperience());
        out.put("trainingHours", applicant.trainingHours());
        out.put("reflectiveSupervisionHours", applicant.reflectiveSupervisionHours());
        return out;
    }

    /** One program's answer as the API writes it. */
    static Map<String, Object> item(ProgramEligibility answer) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("program", answer.program());
        item.put("outcome", answer.outcome().name());
        item.put("met", answer.count(RequirementCheck.Status.MET));
        item.put("notMet", answer.count(RequirementCheck.Status.NOT_MET));
        item.put("notStated", answer.count(RequirementCheck.Status.NOT_STATED));
        item.put("requirements", answer.requirements().stream().map(EligibilitySearch::requirement).toList());
        return item;
    }

    private static Map<String, Object> requirement(RequirementCheck check) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requirement", check.requirement().field());
        out.put("label", check.requirement().label());
        out.put("status", check.status().name());
        out.put("required", check.required());
        out.put("held", check.held());
        out.put("missing", check.missing());
        out.put("unit", check.requirement().unit());
        out.put("summary", check.summary());
        return out;
    }

    /** The programs the filters select, in id order, public fields only (history left out). */
    static ObjectNode body(EligibilityRequest request) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", MAX_CONSIDERED).put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        for (Facet facet : EligibilityParameters.FILTERS) {
            if (facet != Facet.FRESHNESS && request.filters().containsKey(facet)) {
                filter.add(terms(facet.field(), request.filters().get(facet)));
            }
        }
        // freshness as search reads it: by default all but GONE and RETIRED, and a retired listing only when asked for
        Set<String> statuses = request.filters().getOrDefault(Facet.FRESHNESS, SearchRequest.DEFAULT_FRESHNESS);
        filter.add(terms(Facet.FRESHNESS.field(), statuses));
        if (!statuses.contains("RETIRED")) {
            bool.putArray("must_not").addObject().putObject("term").put(IndexFields.RETIRED, true);
        }
        body.putArray("sort").addObject().putObject("id").put("order", "asc");
        ArrayNode includes = body.putObject("_source").putArray("includes");
        IndexFields.PUBLIC.stream().filter(f -> !f.equals(IndexFields.HISTORY)).forEach(includes::add);
        return body;
    }

    /** Any of the values, in a stable order (the same request, the same body). */
    private static ObjectNode terms(String field, Set<String> values) {
        return QueryNodes.terms(field, values.stream().sorted().toList());
    }
}
