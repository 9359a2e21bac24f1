package org.imhfinder.searchapi.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collection;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.es.ProgramIndex;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.testkit.TestStack;

/** The real programs index (template and alias) on the test Elasticsearch, filled by the tests themselves. */
public final class TestIndex implements AutoCloseable {
    private final ElasticsearchClients es;

    public TestIndex(TestStack stack) throws IOException {
        this.es = new ElasticsearchClients(stack.elasticsearchUrl());
        new ProgramIndex(es.client()).ensure();
    }

    public ElasticsearchClient client() {
        return es.client();
    }

    /** Indexes the documents (keyed by their {@code id}) and makes them searchable at once. */
    public void put(Collection<ObjectNode> documents) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(SearchIndex.PROGRAMS_ALIAS);
        for (ObjectNode document : documents) {
            bulk.operations(op -> op.index(i -> i.id(document.path("id").asText()).document(document)));
        }
        BulkResponse response = es.client().bulk(bulk.build());
        if (response.errors()) {
            throw new IllegalStateException("bulk indexing failed: " + response.items().stream()
                    .filter(i -> i.error() != null).map(i -> i.error().reason()).toList());
        }
        refresh();
    }

    public void put(ObjectNode document) throws IOException {
        put(java.util.List.of(document));
    }

    public void refresh() throws IOException {
        es.client().indices().refresh(r -> r.index(SearchIndex.PROGRAMS_ALIAS));
    }

    @Override
    public void close() throws IOException {
        es.close();
    }
}
