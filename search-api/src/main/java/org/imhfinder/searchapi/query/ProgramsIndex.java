package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.imhfinder.es.BlockingRequests;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;

/**
 * Reads the programs index through its alias with JSON bodies (the same bytes a benchmark or an
 * operator can send to Elasticsearch directly). No index yet (nothing indexed) reads as empty;
 * Elasticsearch refusing a body this API built is a bug (500); Elasticsearch failing or out of
 * reach is an outage (503); every call waits at most what is left of the request's
 * {@link SearchDeadline} (503 past it). Each call is sent and answered on the thread of the request
 * it serves ({@link BlockingRequests}), which waits for it anyway.
 */
public final class ProgramsIndex {
    private final BlockingRequests client;
    private final SearchDeadline deadline;

    public ProgramsIndex(BlockingRequests client, SearchDeadline deadline) {
        this.client = client;
        this.deadline = deadline;
    }

    /** Runs a search; empty when the index does not exist yet. */
    public Optional<JsonNode> search(ObjectNode body) throws IOException {
        return send("POST", "/" + SearchIndex.PROGRAMS_ALIAS + "/_search", body);
    }

    /**
     * The index's refreshes so far that changed what searches see, with its name (a rebuild behind the
     * alias is another index): the same text until the next such refresh; empty when there is no index.
     */
    public Optional<String> refreshGeneration() throws IOException {
        String path = "/" + SearchIndex.PROGRAMS_ALIAS + "/_stats/refresh?filter_path=indices.*.primaries.refresh.external_total";
        return send("GET", path, null, answer -> Optional.of(answer.text(Integer.MAX_VALUE)));
    }

    /** What anyone may see of one listing: only the fields of {@link IndexFields#PUBLIC}. */
    public Optional<ObjectNode> publicDocument(String id) throws IOException {
        return document(id, "includes", IndexFields.PUBLIC);
    }

    /** What curators see of one listing: everything but the indexer's bookkeeping. */
    public Optional<ObjectNode> curatorDocument(String id) throws IOException {
        return document(id, "excludes", IndexFields.NOT_FOR_CURATORS);
    }

    /** Whether a listing exists. */
    public boolean exists(String id) throws IOException {
        return document(id, "includes", java.util.List.of(IndexFields.ID)).isPresent();
    }

    /** One document's source by id (through the alias, which may stand for a new index during a rebuild). */
    private Optional<ObjectNode> document(String id, String filter, java.util.List<String> fields) throws IOException {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", 1);
        body.putObject("query").putObject("ids").putArray("values").add(id);
        var paths = body.putObject("_source").putArray(filter);
        fields.forEach(paths::add);
        return search(body).map(r -> r.path("hits").path("hits").path(0))
                .filter(hit -> hit.path("_id").asText().equals(id)).map(hit -> hit.path("_source"))
                .filter(JsonNode::isObject).map(ObjectNode.class::cast);
    }

    private Optional<JsonNode> send(String method, String path, ObjectNode body) throws IOException {
        long started = System.nanoTime();
        String json = Json.write(body);
        SearchTimings.since(SearchTimings.Phase.BODY, started);
        long sent = System.nanoTime();
        return send(method, path, json, answer -> {
            SearchTimings.since(SearchTimings.Phase.ELASTICSEARCH, sent);
            long answered = System.nanoTime();
            try (InputStream in = answer.body()) {
                return Optional.of(Json.mapper().readTree(in));
            } finally {
                SearchTimings.since(SearchTimings.Phase.READ, answered);
            }
        });
    }

    /**
     * Sends the request within what is left of the deadline and reads a successful answer with
     * {@code success}: empty for a 404 (no index yet), an {@link IOException} (an outage, 503) for
     * Elasticsearch failing or busy, and a 500 that says what Elasticsearch objected to when it
     * refused a request this API built.
     */
    private <T> Optional<T> send(String method, String path, String json, BlockingRequests.Reader<Optional<T>> success)
            throws IOException {
        try {
            return client.send(method, path, json, deadline.remainingMillis(), answer -> {
                int status = answer.status();
                if (status == 404) {
                    return Optional.empty();
                }
                if (status >= 500 || status == 429) {
                    throw new IOException("Elasticsearch answered " + status + ": " + answer.text(500)); // an outage: 503
                }
                if (status >= 300) {
                    // our bug, not an outage: not an IOException, which would read as one
                    throw new IllegalStateException("Elasticsearch refused a request this API built (" + status + "): "
                            + answer.text(500));
                }
                return success.read(answer);
            });
        } catch (BlockingRequests.Timeout e) {
            throw deadline.expired();
        }
    }
}
