package org.imhfinder.indexer.batch;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.imhfinder.indexer.freshness.FreshnessView;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.schema.ListingState;

/**
 * One listing while a batch works on it: as stored (if it was), its state so far with its
 * freshness once known, and the records that touched it.
 */
final class Tracked {
    private final String id;
    private final StoredListing stored;
    private ListingState state;
    /** The freshness of {@code state} at the batch's moment, or null until something needed it. */
    private FreshnessView view;
    private final Set<RecordSource> touchedBy = new LinkedHashSet<>();
    /** Its place in the batch's working set, in the order listings joined it. */
    private int order;

    Tracked(String id, StoredListing stored, Judged judged) {
        this.id = id;
        this.stored = stored;
        this.state = judged.state();
        this.view = judged.view();
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

    /** The state with its freshness: computed here only when no step of the batch has computed it for this state. */
    Judged judged(History history, Instant now) {
        if (view == null && state.listing() != null) {
            view = history.judge(state, now).view();
        }
        return new Judged(state, view);
    }

    int order() {
        return order;
    }

    void order(int order) {
        this.order = order;
    }

    /** Only through {@link WorkingSet#update}, which keeps its lookup by page in step. */
    void update(Judged next, RecordSource by) {
        state = next.state();
        view = next.view();
        touchedBy.add(by);
    }

    Set<RecordSource> touchedBy() {
        return touchedBy;
    }

    boolean hasContent() {
        return state.listing() != null;
    }
}
