package org.imhfinder.indexer.store;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.imhfinder.es.IndexFields;
import org.imhfinder.es.ProgramIndex;
import org.imhfinder.indexer.store.WriteResult.Status;
import org.imhfinder.schema.ListingField;

/**
 * Listing documents in Elasticsearch: read with their sequence numbers, written in one bulk
 * request with optimistic concurrency (a document read at version N is replaced only while it is
 * still at N), so two writers never overwrite each other's work unseen.
 */
public final class ElasticsearchListingStore implements ListingStore {
    private static final int PAGE = 1000;
    /** Elasticsearch quotes the refused value in its reason; a dead letter needs the reason, not the value again. */
    private static final int MAX_REASON = 400;

    private final ElasticsearchClient client;
    /** The same transport, for bulks the batch does not wait for at once. */
    private final ElasticsearchAsyncClient asyncClient;
    private final ProgramIndex programIndex;

    public ElasticsearchListingStore(ElasticsearchClient client) {
        this.client = client;
        this.asyncClient = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
        this.programIndex = new ProgramIndex(client);
    }

    @Override
    public String writeIndex() throws IOException {
        return programIndex.writeIndex().orElseThrow(() -> new IOException("the alias of the programs index points nowhere"));
    }

    @Override
    public List<StoredListing> load(String index, Collection<String> ids, Collection<String> urls) throws IOException {
        if (ids.isEmpty() && urls.isEmpty()) {
            return List.of();
        }
        BoolQuery.Builder query = new BoolQuery.Builder().minimumShouldMatch("1");
        if (!ids.isEmpty()) {
            query.should(s -> s.ids(i -> i.values(List.copyOf(ids))));
        }
        if (!urls.isEmpty()) {
            List<FieldValue> values = urls.stream().map(FieldValue::of).toList();
            query.should(s -> s.terms(t -> t.field(IndexFields.SOURCE_URL).terms(v -> v.value(values))));
            query.should(s -> s.terms(t -> t.field(IndexFields.PREVIOUS_URLS).terms(v -> v.value(values))));
            query.should(s -> s.terms(t -> t.field(IndexFields.ALSO_DESCRIBED_ON).terms(v -> v.value(values))));
        }
        BoolQuery bool = query.build();
        List<StoredListing> found = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<ObjectNode> page = client.search(s -> {
                s.index(index).query(q -> q.bool(bool)).size(PAGE).seqNoPrimaryTerm(true)
                        .sort(o -> o.field(f -> f.field(ListingField.ID.json()).order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, ObjectNode.class);
            for (Hit<ObjectNode> hit : page.hits().hits()) {
                found.add(new StoredListing(hit.id(), hit.seqNo(), hit.primaryTerm(), hit.source()));
            }
            if (page.hits().hits().size() < PAGE) {
                return found;
            }
            after = page.hits().hits().get(PAGE - 1).sort();
        }
    }

    @Override
    public List<WriteResult> write(String index, List<DocumentWrite> writes, boolean refresh) throws IOException {
        List<BulkOperation> operations = writes.stream().map(w -> operation(index, w)).toList();
        BulkResponse response = client.bulk(b -> b.operations(operations).refresh(refresh ? Refresh.True : Refresh.False));
        List<WriteResult> results = new ArrayList<>(writes.size());
        for (BulkResponseItem item : response.items()) {
            results.add(result(item));
        }
        return results;
    }

    @Override
    public CompletableFuture<List<WriteResult>> writeAsync(String index, List<DocumentWrite> writes) {
        List<BulkOperation> operations = writes.stream().map(w -> operation(index, w)).toList();
        return asyncClient.bulk(b -> b.operations(operations).refresh(Refresh.False)).thenApply(response -> {
            List<WriteResult> results = new ArrayList<>(writes.size());
            for (BulkResponseItem item : response.items()) {
                results.add(result(item));
            }
            return results;
        });
    }

    @Override
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    private static BulkOperation operation(String index, DocumentWrite write) {
        StoredListing expected = write.expected();
        if (expected == null) {
            return BulkOperation.of(o -> o.create(c -> c.index(index).id(write.id()).document(write.document())));
        }
        return BulkOperation.of(o -> o.index(i -> i.index(index).id(write.id()).document(write.document())
                .ifSeqNo(expected.seqNo()).ifPrimaryTerm(expected.primaryTerm())));
    }

    private static WriteResult result(BulkResponseItem item) {
        if (item.error() == null) {
            return new WriteResult(item.id(), Status.WRITTEN, null);
        }
        String type = item.error().type();
        String reason = type + ": " + item.error().reason();
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "...";
        }
        return new WriteResult(item.id(), Failures.ofItem(item.status(), type), reason);
    }
}
