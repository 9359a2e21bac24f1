package org.imhfinder.indexer.store;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.RetriableException;
import org.imhfinder.indexer.store.WriteResult.Status;

/**
 * The one place that decides whether a failure to reach Elasticsearch or Kafka is worth trying
 * again (I/O, timeouts, 5xx, 429, blocked or missing index during a swap) or is permanent.
 */
public final class Failures {
    private Failures() {
    }

    /** How a failed bulk item counts, from its HTTP status and error type. */
    public static Status ofItem(int status, String errorType) {
        if (status == 409) {
            return Status.CONFLICT;
        }
        if (status == 429 || status >= 500 || "cluster_block_exception".equals(errorType)
                || "index_not_found_exception".equals(errorType) || "es_rejected_execution_exception".equals(errorType)) {
            return Status.RETRIABLE;
        }
        return Status.REJECTED;
    }

    /** True when a whole request failed for a reason that may pass. */
    public static boolean isRetriable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ElasticsearchException es) {
                return ofItem(es.status(), es.error() == null ? null : es.error().type()) == Status.RETRIABLE;
            }
            if (t instanceof TransportException transport) {
                return transport.statusCode() < 0 || transport.statusCode() == 429 || transport.statusCode() >= 500;
            }
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof RetriableException
                    || t instanceof org.apache.kafka.common.errors.TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
