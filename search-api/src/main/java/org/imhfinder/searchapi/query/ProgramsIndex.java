package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;

/**
 * Reads the programs index through its alias with JSON bodies (the same bytes a benchmark or an
 * operator can send to Elasticsearch directly). No index yet (nothing indexed) reads as empty;
 * Elasticsearch refusing a body this API built is a bug (500); Elasticsearch failing or out of
 * reach is an outage (503); every call waits at most what is left of the request's
 * {@link SearchDeadline} (503 past it).
 */
public final class ProgramsIndex {
    /** Longest wait to open a connection: Elasticsearch is near, a slow connect means it is not there. */
    private static final int CONNECT_TIMEOUT_MS = 2_000;

    private final RestClient client;
    private final SearchDeadline deadline;

    public ProgramsIndex(RestClient client, SearchDeadline deadline) {
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
        Request request = new Request("GET", "/" + SearchIndex.PROGRAMS_ALIAS + "/_stats/refresh");
        request.addParameter("filter_path", "indices.*.primaries.refresh.external_total");
        try {
            return Optional.of(EntityUtils.toString(within(request, deadline.remainingMillis()).getEntity()));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
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
        Request request = new Request(method, path);
        request.setEntity(new NStringEntity(Json.write(body), ContentType.APPLICATION_JSON));
        SearchTimings.since(SearchTimings.Phase.BODY, started);
        try {
            long sent = System.nanoTime();
            Response response = within(request, deadline.remainingMillis());
            SearchTimings.since(SearchTimings.Phase.ELASTICSEARCH, sent);
            long answered = System.nanoTime();
            try (InputStream in = response.getEntity().getContent()) {
                return Optional.of(Json.mapper().readTree(in));
            } finally {
                SearchTimings.since(SearchTimings.Phase.READ, answered);
            }
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 500 || status == 429) {
                throw e; // an outage: answered 503
            }
            // our bug, not an outage: a 500 that says what Elasticsearch objected to (not the IOException, read as an outage)
            throw new IllegalStateException("Elasticsearch refused a search this API built (" + status + "): "
                    + reason(e));
        }
    }

    /**
     * Sends the request and waits at most {@code millis} for the whole answer: the socket, connect
     * and pool timeouts alone bound each wait but not their sum (a server that trickles bytes, or a
     * pool full of connections to a hung server), so the call is cancelled at the deadline.
     */
    private Response within(Request request, long millis) throws IOException {
        int timeout = (int) Math.min(Integer.MAX_VALUE, millis);
        RequestConfig config = RequestConfig.custom().setConnectTimeout(Math.min(timeout, CONNECT_TIMEOUT_MS))
                .setSocketTimeout(timeout).setConnectionRequestTimeout(timeout).build();
        request.setOptions(RequestOptions.DEFAULT.toBuilder().setRequestConfig(config));
        CompletableFuture<Response> answer = new CompletableFuture<>();
        Cancellable call = client.performRequestAsync(request, new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                answer.complete(response);
            }

            @Override
            public void onFailure(Exception exception) {
                answer.completeExceptionally(exception);
            }
        });
        try {
            return answer.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel();
            throw deadline.expired();
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for Elasticsearch");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private IOException rethrow(Throwable cause) {
        if (cause instanceof ResponseException response) {
            return response;
        }
        if (cause instanceof java.net.SocketTimeoutException || cause instanceof org.apache.http.conn.ConnectionPoolTimeoutException) {
            throw deadline.expired();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new IOException(cause);
    }

    private static String reason(ResponseException e) {
        try {
            String body = EntityUtils.toString(e.getResponse().getEntity());
            return body.length() > 500 ? body.substring(0, 500) + "..." : body;
        } catch (IOException | RuntimeException unreadable) {
            return e.getMessage();
        }
    }
}
