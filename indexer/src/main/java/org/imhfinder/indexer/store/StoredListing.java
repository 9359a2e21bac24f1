package org.imhfinder.indexer.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import org.imhfinder.es.IndexFields;

/** A listing's document as read from the index, with what a conditional write needs to replace exactly it. */
public record StoredListing(String id, long seqNo, long primaryTerm, ObjectNode source) {
    /** The fields that say which pages a listing is on: its page, the pages it moved from, the other pages describing it. */
    static final List<String> PAGE_FIELDS = List.of(IndexFields.SOURCE_URL, IndexFields.PREVIOUS_URLS,
            IndexFields.ALSO_DESCRIBED_ON);

    /**
     * Whether {@link ListingStore#load} of these ids and URLs finds this document: its id is one of
     * the ids, or one of its {@link #PAGE_FIELDS} holds one of the URLs (what Elasticsearch's query
     * matches, read here from the document itself).
     */
    public boolean isFoundBy(Collection<String> ids, Collection<String> urls) {
        if (ids.contains(id)) {
            return true;
        }
        if (urls.isEmpty()) {
            return false;
        }
        for (String field : PAGE_FIELDS) {
            JsonNode pages = source.get(field);
            if (pages != null && (pages.isArray() ? anyOf(pages, urls) : urls.contains(pages.asText()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOf(JsonNode values, Collection<String> urls) {
        for (JsonNode value : values) {
            if (urls.contains(value.asText())) {
                return true;
            }
        }
        return false;
    }
}
