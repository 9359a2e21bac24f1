package org.imhfinder.indexer.document;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dotted paths of {@link org.imhfinder.es.IndexFields} as the indexer writes and reads them:
 * a nested object's member is put under the last segment of its path, and read back by the whole
 * path, so the indexer spells no index field name of its own.
 */
final class IndexPaths {
    private IndexPaths() {
    }

    /** The member name a path ends with: {@code curation.retired} is {@code retired}. */
    static String member(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The node at a dotted path (missing when any segment is). */
    static JsonNode at(JsonNode document, String path) {
        JsonNode node = document;
        for (String segment : path.split("\\.")) {
            node = node.path(segment);
        }
        return node;
    }
}
