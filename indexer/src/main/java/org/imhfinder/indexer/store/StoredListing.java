package org.imhfinder.indexer.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A listing's document as read from the index, with what a conditional write needs to replace exactly it. */
public record StoredListing(String id, long seqNo, long primaryTerm, ObjectNode source) {
}
