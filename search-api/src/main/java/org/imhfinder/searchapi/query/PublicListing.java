package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;

/**
 * A listing as anyone may read it: a new object holding only what {@link IndexFields#PUBLIC}
 * allows, whatever else the document (or a future version of it) holds. Searches already ask
 * Elasticsearch for those fields alone; this is the second lock on the door. It takes the
 * document's values rather than copies of them: every document given is an answer read for one
 * request and dropped after it (copying each hit's values was a large part of what a search allocated).
 */
public final class PublicListing {
    private PublicListing() {
    }

    public static ObjectNode of(ObjectNode document) {
        ObjectNode listing = Json.mapper().createObjectNode();
        for (String path : IndexFields.PUBLIC) {
            copy(document, listing, path);
        }
        if (listing.has(IndexFields.HISTORY)) {
            listing.set(IndexFields.HISTORY, history(listing.get(IndexFields.HISTORY)));
        }
        return listing;
    }

    private static void copy(ObjectNode from, ObjectNode to, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            JsonNode value = from.get(path);
            if (value != null) {
                to.set(path, value);
            }
            return;
        }
        String head = path.substring(0, dot);
        if (from.get(head) instanceof ObjectNode child) {
            ObjectNode target = to.get(head) instanceof ObjectNode existing ? existing : to.putObject(head);
            copy(child, target, path.substring(dot + 1));
        }
    }

    /** Public history entries keep only their public members. */
    private static ArrayNode history(JsonNode entries) {
        ArrayNode history = Json.mapper().createArrayNode();
        for (JsonNode entry : entries) {
            if (entry.isObject() && !entry.has("decisionId")) {
                ObjectNode shown = history.addObject();
                IndexFields.PUBLIC_HISTORY_MEMBERS.stream().filter(entry::has).forEach(m -> shown.set(m, entry.get(m)));
            }
        }
        return history;
    }
}
