package org.imhfinder.indexer.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

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
     * Starts writing documents in one bulk request, each conditionally, not refreshed; the caller
     * may render the next bulk meanwhile. The request is built (serialised) before this returns,
     * so the writes may be released once it has. By default written at once.
     */
    default CompletableFuture<List<WriteResult>> writeAsync(String index, List<DocumentWrite> writes) {
        try {
            return CompletableFuture.completedFuture(write(index, writes, false));
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The results of a write started with {@link #writeAsync}, or its failure as thrown. */
    static List<WriteResult> await(CompletableFuture<List<WriteResult>> results) throws IOException {
        try {
            return results.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while Elasticsearch wrote a bulk");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("bulk request failed: " + cause, cause);
        }
    }

    /**
     * Makes everything written to {@code index} so far searchable: one refresh after several bulk
     * requests written without. A store whose writes are searchable at once has nothing to do.
     */
    default void refresh(String index) throws IOException {
    }
}
