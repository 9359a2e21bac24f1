package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.imhfinder.schema.Json;

/**
 * A listing as anyone may read it: everything indexed, with its history, but without who
 * among the curators decided and their internal notes (curators read those on the review history).
 */
public final class PublicListing {
    /** History entry members that are for curators only. */
    static final Set<String> CURATOR_ONLY = Set.of("by", "curator", "note", "decisionId");

    private PublicListing() {
    }

    public static ObjectNode of(ObjectNode document) {
        ObjectNode listing = document.deepCopy();
        listing.remove("suggest");
        if (listing.path("curation").isObject()) {
            ((ObjectNode) listing.get("curation")).remove("lastDecisionBy");
        }
        ArrayNode history = Json.mapper().createArrayNode();
        for (JsonNode entry : document.path("history")) {
            if (entry.isObject()) {
                ObjectNode copy = entry.deepCopy();
                copy.remove(CURATOR_ONLY);
                history.add(copy);
            }
        }
        listing.set("history", history);
        return listing;
    }
}
