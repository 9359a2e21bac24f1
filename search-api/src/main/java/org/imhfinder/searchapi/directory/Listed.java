package org.imhfinder.searchapi.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.query.SearchRequest;

/** The listings the directory shows by default, as search reads them: not GONE, not RETIRED, not retired by a curator. */
final class Listed {
    private Listed() {
    }

    static ObjectNode query() {
        ObjectNode bool = Json.mapper().createObjectNode();
        bool.putArray("filter").addObject().putObject("terms").set(IndexFields.FRESHNESS_STATUS,
                Json.mapper().valueToTree(SearchRequest.DEFAULT_FRESHNESS.stream().sorted().toList()));
        bool.putArray("must_not").addObject().putObject("term").put(IndexFields.RETIRED, true);
        ObjectNode query = Json.mapper().createObjectNode();
        query.set("bool", bool);
        return query;
    }
}
