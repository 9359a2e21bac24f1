package org.imhfinder.indexer.store;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/** Where listing documents live: the index behind the search alias. */
public interface ListingStore {
    /** The concrete index the alias writes to now. */
    String writeIndex() throws IOException;

    /** The documents of {@code index} with one of these ids, or whose current or previous URL is one of these URLs. */
    List<StoredListing> load(String index, Collection<String> ids, Collection<String> urls) throws IOException;

    /**
     * Writes documents in one bulk request, each conditionally (see {@link DocumentWrite}); with
     * {@code refresh}, what was written is searchable when this returns.
     */
    List<WriteResult> write(String index, List<DocumentWrite> writes, boolean refresh) throws IOException;

    /**
     * Makes everything written to {@code index} so far searchable: one refresh after several bulk
     * requests written without. A store whose writes are searchable at once has nothing to do.
     */
    default void refresh(String index) throws IOException {
    }
}
