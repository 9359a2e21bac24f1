package org.imhfinder.indexer.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.imhfinder.indexer.freshness.KeyFields;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;

/**
 * Reads a listing's state back from its stored document. A document written before the index
 * kept states (only a listing and its freshness) still reads: its state starts from what it shows.
 */
public final class StoredState {
    private StoredState() {
    }

    public static ListingState of(String id, ObjectNode source) {
        JsonNode state = IndexPaths.at(source, IndexFields.STATE);
        try {
            if (state.isObject()) {
                return Json.mapper().treeToValue(state, ListingState.class);
            }
            return fromListing(id, source);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidRecordException("stored document " + id + " has no readable state: " + e.getMessage(), e);
        }
    }

    private static ListingState fromListing(String id, ObjectNode source) throws JsonProcessingException {
        ProgramListing shown = Json.mapper().treeToValue(source, ProgramListing.class);
        ProgramListing listing = shown.toBuilder().freshness(null).build();
        Instant fetched = listing.fetchedAt();
        Instant seen = shown.freshness() != null && shown.freshness().lastSeenAt() != null
                ? shown.freshness().lastSeenAt() : fetched;
        Instant changed = shown.freshness() != null && shown.freshness().lastChangedAt() != null
                ? shown.freshness().lastChangedAt() : fetched;
        return ListingState.empty(id).toBuilder()
                .listing(listing).sourceUrl(listing.sourceUrl()).sourceUrlSince(fetched)
                .contentSince(changed).lastSeenAt(seen)
                .baseline(KeyFields.firstExtraction(fetched, listing, null))
                .peakFieldCount(KeyFields.fieldCount(listing)).peakSince(fetched)
                .decisions(List.of()).events(List.of())
                .build();
    }
}
