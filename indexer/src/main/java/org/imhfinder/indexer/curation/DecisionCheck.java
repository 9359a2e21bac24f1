package org.imhfinder.indexer.curation;

import java.time.ZoneOffset;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.InvalidRecordException;

/** Checks a curator decision as read from {@code imh.curation.v1}, before it is applied. */
public final class DecisionCheck {
    private DecisionCheck() {
    }

    /** Fails with the reason when the decision is not a complete v1 decision about the listing its key names. */
    public static void check(CurationDecision decision, String key) {
        if (decision.schemaVersion() != CurationDecision.SCHEMA_VERSION) {
            throw new InvalidRecordException("unsupported CurationDecision schemaVersion " + decision.schemaVersion());
        }
        if (decision.decisionId() == null || decision.programId() == null || decision.action() == null
                || decision.decidedAt() == null || decision.curator() == null || decision.curator().isBlank()) {
            throw new InvalidRecordException("a decision needs decisionId, programId, action, curator and decidedAt");
        }
        if (key != null && !key.equals(decision.programId())) {
            throw new InvalidRecordException("decision " + decision.decisionId() + " is keyed " + key
                    + " but is about " + decision.programId());
        }
        if (decision.action() == CurationAction.SNOOZE && decision.until() == null) {
            throw new InvalidRecordException("a SNOOZE needs 'until'");
        }
        if (decision.action() == CurationAction.SNOOZE
                && decision.until().isAfter(CurationDecision.latestSnooze(decision.decidedAt().atZone(ZoneOffset.UTC).toLocalDate()))) {
            throw new InvalidRecordException("a SNOOZE may run at most " + CurationDecision.MAX_SNOOZE + " after it was decided; 'until' is "
                    + decision.until());
        }
        if (decision.action() == CurationAction.OVERRIDE && decision.fields().isEmpty()) {
            throw new InvalidRecordException("an OVERRIDE needs 'fields'");
        }
    }
}
