package org.imhfinder.indexer.store;

/** What became of one document of a bulk write. */
public record WriteResult(String id, Status status, String reason) {

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
