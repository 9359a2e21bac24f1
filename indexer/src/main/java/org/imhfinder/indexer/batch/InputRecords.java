package org.imhfinder.indexer.batch;

import org.imhfinder.indexer.curation.DecisionCheck;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Topics;

/** Reads a record of one of the indexer's topics; a record that is not what its topic promises fails with the reason. */
public final class InputRecords {
    /**
     * A listing, a page outcome or a decision is a few kilobytes; a far larger value is not one (and zstd lets a
     * repetitive one past the topic's limit, which counts compressed bytes).
     */
    static final long MAX_RECORD_BYTES = 1024 * 1024;

    private InputRecords() {
    }

    public static InputRecord read(RecordSource source) {
        RecordSizeLimit.check(source.value(), MAX_RECORD_BYTES, source.topic());
        return switch (source.topic()) {
            case Topics.PROGRAMS -> source.value() == null ? new InputRecord.Withdrawn(source) : listing(source);
            case Topics.PAGE_OUTCOMES -> outcome(source);
            case Topics.CURATION -> decision(source);
            case Topics.LISTING_STATE -> state(source);
            default -> throw new InvalidRecordException("the indexer does not read topic " + source.topic());
        };
    }

    private static InputRecord listing(RecordSource source) {
        ProgramListing listing = Json.read(source.value(), ProgramListing.class);
        if (listing.schemaVersion() != ProgramListing.SCHEMA_VERSION) {
            throw new InvalidRecordException("unsupported ProgramListing schemaVersion " + listing.schemaVersion());
        }
        if (listing.id() == null || listing.fetchedAt() == null) {
            throw new InvalidRecordException("a listing needs an id and fetchedAt (the indexer orders listings by it)");
        }
        if (source.key() != null && !source.key().equals(listing.id())) {
            throw new InvalidRecordException("listing " + listing.id() + " is keyed " + source.key());
        }
        return new InputRecord.Extracted(source, listing);
    }

    private static InputRecord outcome(RecordSource source) {
        PageOutcome outcome = Json.read(required(source), PageOutcome.class);
        if (outcome.schemaVersion() != PageOutcome.SCHEMA_VERSION) {
            throw new InvalidRecordException("unsupported PageOutcome schemaVersion " + outcome.schemaVersion());
        }
        if (outcome.url() == null || outcome.status() == null || outcome.fetchedAt() == null) {
            throw new InvalidRecordException("a page outcome needs url, status and fetchedAt");
        }
        if (outcome.status() == PageStatus.MOVED && (outcome.finalUrl() == null || outcome.finalUrl().equals(outcome.url()))) {
            throw new InvalidRecordException("a MOVED outcome needs a finalUrl other than its url");
        }
        return new InputRecord.PageReported(source, outcome);
    }

    private static InputRecord decision(RecordSource source) {
        CurationDecision decision = Json.read(required(source), CurationDecision.class);
        DecisionCheck.check(decision, source.key());
        return new InputRecord.Decided(source, decision);
    }

    private static InputRecord state(RecordSource source) {
        ListingState state = Json.read(required(source), ListingState.class);
        if (state.schemaVersion() != ListingState.SCHEMA_VERSION || state.programId() == null) {
            throw new InvalidRecordException("a listing state needs schemaVersion " + ListingState.SCHEMA_VERSION + " and programId");
        }
        return new InputRecord.StateSnapshot(source, state);
    }

    private static String required(RecordSource source) {
        if (source.value() == null) {
            throw new InvalidRecordException("unexpected tombstone on " + source.topic());
        }
        return source.value();
    }
}
