package org.imhfinder.indexer.batch;

import java.util.LinkedHashSet;
import java.util.Set;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.schema.ListingState;

/** One listing while a batch works on it: as stored (if it was), its state so far, and the records that touched it. */
final class Tracked {
    private final String id;
    private final StoredListing stored;
    private ListingState state;
    private final Set<RecordSource> touchedBy = new LinkedHashSet<>();

    Tracked(String id, StoredListing stored, ListingState state) {
        this.id = id;
        this.stored = stored;
        this.state = state;
    }

    String id() {
        return id;
    }

    /** The document as read, or null when the index had none. */
    StoredListing stored() {
        return stored;
    }

    ListingState state() {
        return state;
    }

    void update(ListingState next, RecordSource by) {
        state = next;
        touchedBy.add(by);
    }

    Set<RecordSource> touchedBy() {
        return touchedBy;
    }

    boolean hasContent() {
        return state.listing() != null;
    }
}
