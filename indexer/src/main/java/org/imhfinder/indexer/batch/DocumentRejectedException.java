package org.imhfinder.indexer.batch;

/** Elasticsearch refused a listing's document (it does not fit the mapping); the records that made it are dead-lettered. */
public class DocumentRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentRejectedException(String programId, String reason) {
        super("Elasticsearch refused the document of listing " + programId + ": " + reason);
    }
}
