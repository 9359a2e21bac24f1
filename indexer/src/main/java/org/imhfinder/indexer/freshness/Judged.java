package org.imhfinder.indexer.freshness;

import org.imhfinder.schema.ListingState;

/**
 * A listing's state with its freshness at one moment, computed once ({@link History#judge}) and
 * handed along: the history entry, the document and the recheck hint of one state all read the
 * same view instead of evaluating the rules again. {@code view} is null for a state without a
 * listing (nothing to judge).
 */
public record Judged(ListingState state, FreshnessView view) {
}
