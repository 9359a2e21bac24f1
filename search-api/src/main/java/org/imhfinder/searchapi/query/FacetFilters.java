package org.imhfinder.searchapi.query;

import static org.imhfinder.searchapi.query.QueryNodes.terms;
import static org.imhfinder.searchapi.query.QueryNodes.wrap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;

/**
 * A search's filters and its facets: the filters are a post-filter, and every facet counts with
 * all filters but its own, so a client can offer several values of one facet at once.
 */
final class FacetFilters {
    private FacetFilters() {
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
        ObjectNode bool = QueryNodes.object();
        bool.set("filter", clauses);
        return wrap("bool", bool);
    }

    /** Each facet's values and counts, counted with the filters of every other facet. */
    static ObjectNode aggregations(SearchRequest request) {
        ObjectNode aggs = QueryNodes.object();
        for (Facet facet : Facet.values()) {
            ObjectNode others = filters(request, facet);
            ObjectNode agg = aggs.putObject(facet.parameter());
            agg.set("filter", others == null ? wrap("match_all", QueryNodes.object()) : others);
            agg.putObject("aggs").putObject("values").putObject("terms").put("field", facet.field())
                    .put("size", facet.allowed().isEmpty() ? 100 : facet.allowed().size());
        }
        return aggs;
    }

    /** Freshness always filters (by default leaving out GONE and RETIRED, and whatever a curator retired). */
    private static ObjectNode facetFilter(SearchRequest request, Facet facet) {
        if (facet == Facet.FRESHNESS) {
            Set<String> statuses = request.freshness();
            ObjectNode bool = QueryNodes.object();
            bool.putArray("filter").add(terms(facet.field(), statuses.stream().sorted().toList()));
            if (!statuses.contains("RETIRED")) {
                bool.putArray("must_not").addObject().putObject("term").put(IndexFields.RETIRED, true);
            }
            return wrap("bool", bool);
        }
        java.util.List<String> values = request.filterValues(facet);
        return values.isEmpty() ? null : terms(facet.field(), values);
    }
}
