package org.imhfinder.indexer.store;

import java.util.Collection;
import java.util.function.Function;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.schema.ListingState;

/** Where the indexer keeps every listing's state durably, beside the index: {@code imh.listing-state.v1}. */
public interface StateJournal {
    /** Writes the states and returns once every one is acknowledged; fails if any is not. */
    void publish(Collection<ListingState> states);

    /**
     * Starts writing states already judged (their freshness computed once for the batch, which a
     * journal that derives from it reuses) and returns what waits for their acknowledgement: a
     * batch may do other work (a refresh) meanwhile, and awaits it before its offsets are committed.
     * By default the states are written at once and the wait is immediate.
     */
    default Acks send(Collection<Judged> states) {
        publish(states.stream().map(Judged::state).toList());
        return () -> { };
    }

    /**
     * As {@link #send(Collection)}, each state with its JSON text already written ({@code written}:
     * the text the project's mapper writes of the state, or null), which a journal writing JSON
     * writes as it is instead of serialising the state again.
     */
    default Acks send(Collection<Judged> states, Function<Judged, String> written) {
        return send(states);
    }

    /** The acknowledgement of states sent: {@link #await} returns once every one is acknowledged, and fails if any is not. */
    @FunctionalInterface
    interface Acks {
        void await();
    }
}
