package org.imhfinder.indexer.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imhfinder.indexer.store.DocumentWrite;
import org.imhfinder.indexer.store.ListingStore;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.indexer.store.WriteResult;
import org.imhfinder.indexer.store.WriteResult.Status;
import org.imhfinder.schema.Json;

/** A listing store in memory that behaves like Elasticsearch's conditional bulk writes, with failures to order. */
final class InMemoryStore implements ListingStore {
    final Map<String, Map<String, StoredListing>> indices = new LinkedHashMap<>();
    String writeIndex = "imh-programs-v1-0001";
    /** Decides the fate of each write before it happens; WRITTEN lets it through. */
    Function<DocumentWrite, Status> fate = w -> Status.WRITTEN;
    int unavailableCalls;
    int bulkRequests;
    /** What was asked of the store, in order: "bulk N" (N documents, "refreshed" when the bulk refreshed) and "refresh". */
    final List<String> calls = new ArrayList<>();
    private long seqNo;

    @Override
    public void refresh(String index) {
        calls.add("refresh");
    }

    @Override
    public String writeIndex() throws IOException {
        if (unavailableCalls > 0) {
            unavailableCalls--;
            throw new IOException("Connection refused");
        }
        return writeIndex;
    }

    @Override
    public List<StoredListing> load(String index, Collection<String> ids, Collection<String> urls) {
        return docs(index).values().stream().filter(s -> ids.contains(s.id())
                || urls.contains(s.source().path("sourceUrl").asText())
                || contains(s.source().path("previousUrls"), urls)).toList();
    }

    @Override
    public List<WriteResult> write(String index, List<DocumentWrite> writes, boolean refresh) {
        bulkRequests++;
        calls.add("bulk " + writes.size() + (refresh ? " refreshed" : ""));
        List<WriteResult> results = new ArrayList<>();
        for (DocumentWrite write : writes) {
            StoredListing current = docs(index).get(write.id());
            boolean matches = write.expected() == null ? current == null
                    : current != null && current.seqNo() == write.expected().seqNo();
            Status status = matches ? fate.apply(write) : Status.CONFLICT;
            if (status == Status.WRITTEN) {
                docs(index).put(write.id(), new StoredListing(write.id(), ++seqNo, 1, asStored(write.document())));
            }
            results.add(new WriteResult(write.id(), status, status == Status.WRITTEN ? null : status.name().toLowerCase()));
        }
        return results;
    }

    /** The document as Elasticsearch keeps and returns it: the JSON written, read back (raw parts included). */
    private static ObjectNode asStored(ObjectNode document) {
        try {
            return (ObjectNode) Json.mapper().readTree(Json.write(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, StoredListing> docs(String index) {
        return indices.computeIfAbsent(index, i -> new LinkedHashMap<>());
    }

    JsonNode doc(String id) {
        StoredListing stored = docs(writeIndex).get(id);
        return stored == null ? null : stored.source();
    }

    /** Someone else rewrites a document (another indexer instance): its sequence number moves on. */
    void touch(String id) {
        StoredListing stored = docs(writeIndex).get(id);
        docs(writeIndex).put(id, new StoredListing(id, ++seqNo, 1, stored.source()));
    }

    private static boolean contains(JsonNode array, Collection<String> urls) {
        for (JsonNode url : array) {
            if (urls.contains(url.asText())) {
                return true;
            }
        }
        return false;
    }
}
