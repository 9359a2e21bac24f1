package org.imhfinder.indexer.batch;

/**
 * A batch could not be indexed within the retry window because Elasticsearch or Kafka stayed
 * unavailable: nothing of it was committed, and Kafka delivers it again.
 */
public class IndexingUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
