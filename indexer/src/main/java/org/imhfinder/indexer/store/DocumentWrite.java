package org.imhfinder.indexer.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A document to write: it replaces {@code expected} only if the index still holds exactly that
 * version, or, when {@code expected} is null, is created only if no document has the id.
 */
public record DocumentWrite(String id, ObjectNode document, StoredListing expected) {
}
