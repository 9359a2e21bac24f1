package org.imhfinder.indexer.batch;

import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.ProgramListing;

/** One record the indexer applies, read and checked: a fact about one or more listings. */
public sealed interface InputRecord {
    RecordSource source();

    /** A listing as normalize extracted it ({@code imh.programs.v1}). */
    record Extracted(RecordSource source, ProgramListing listing) implements InputRecord {
    }

    /** What a fetch of a page said about the listings on it ({@code imh.page-outcomes.v1}). */
    record PageReported(RecordSource source, PageOutcome outcome) implements InputRecord {
    }

    /** A curator's decision ({@code imh.curation.v1}). */
    record Decided(RecordSource source, CurationDecision decision) implements InputRecord {
    }

    /** A listing's state as the indexer once wrote it ({@code imh.listing-state.v1}; rebuilds only). */
    record StateSnapshot(RecordSource source, ListingState state) implements InputRecord {
    }

    /** A tombstone on {@code imh.programs.v1}: not part of the contract (retirement is a decision); counted, ignored. */
    record Withdrawn(RecordSource source) implements InputRecord {
    }
}
