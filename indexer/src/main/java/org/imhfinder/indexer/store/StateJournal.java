package org.imhfinder.indexer.store;

import java.util.Collection;
import org.imhfinder.schema.ListingState;

/** Where the indexer keeps every listing's state durably, beside the index: {@code imh.listing-state.v1}. */
public interface StateJournal {
    /** Writes the states and returns once every one is acknowledged; fails if any is not. */
    void publish(Collection<ListingState> states);
}
