package org.imhfinder.indexer.store;

/**
 * What became of one document of a bulk write; a document written has the sequence number and
 * primary term Elasticsearch gave it (what a later conditional write of it must name).
 */
public record WriteResult(String id, Status status, String reason, long seqNo, long primaryTerm) {

    /** A document written, now at {@code seqNo} in {@code primaryTerm}. */
    public static WriteResult written(String id, long seqNo, long primaryTerm) {
        return new WriteResult(id, Status.WRITTEN, null, seqNo, primaryTerm);
    }

    /** A document not written, and why. */
    public static WriteResult failed(String id, Status status, String reason) {
        return new WriteResult(id, status, reason, -1, -1);
    }

    public enum Status {
        /** Written and acknowledged. */
        WRITTEN,
        /** Someone else changed the document since it was read: read it again and re-apply. */
        CONFLICT,
        /** Elasticsearch could not take it now (overloaded, unavailable, blocked): try again later. */
        RETRIABLE,
        /** Elasticsearch refuses the document itself (it does not fit the mapping): trying again cannot help. */
        REJECTED
    }
}
