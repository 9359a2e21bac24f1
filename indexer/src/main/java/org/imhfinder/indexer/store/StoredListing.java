package org.imhfinder.indexer.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.imhfinder.es.IndexFields;

/** A listing's document as read from the index, with what a conditional write needs to replace exactly it. */
public record StoredListing(String id, long seqNo, long primaryTerm, ObjectNode source) {

    /**
     * Whether {@link ListingStore#load} of these ids and URLs finds this document: its id is one of
     * the ids, or its page, a page it moved from or another page describing it is one of the URLs
     * (the fields Elasticsearch's query matches, read here from the document itself).
     */
    public boolean isFoundBy(Collection<String> ids, Collection<String> urls) {
        if (ids.contains(id)) {
            return true;
        }
        if (urls.isEmpty()) {
            return false;
        }
        JsonNode page = source.get(IndexFields.SOURCE_URL);
        return page != null && urls.contains(page.asText())
                || anyOf(source.get(IndexFields.PREVIOUS_URLS), urls)
                || anyOf(source.get(IndexFields.ALSO_DESCRIBED_ON), urls);
    }

    private static boolean anyOf(JsonNode values, Collection<String> urls) {
        if (values == null) {
            return false;
        }
        for (JsonNode value : values) {
            if (urls.contains(value.asText())) {
                return true;
            }
        }
        return false;
    }
}
