package org.imhfinder.indexer.sweep;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.es.IndexFields;
import org.imhfinder.indexer.document.ListingDocument;
import org.imhfinder.indexer.document.StoredState;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.indexer.store.DocumentWrite;
import org.imhfinder.indexer.store.ListingStore;
import org.imhfinder.indexer.store.StateJournal;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.indexer.store.WriteResult;
import org.imhfinder.schema.ListingField;

/**
 * Finds the listings whose status or reasons change with time alone (AGING, STALE and NOT_SEEN,
 * a passed deadline, a snooze that ended: their {@code indexer.recheckAt} has come) and writes
 * them again as they now are, with the history entry. It reads through a point in time, page by
 * page, and writes conditionally: a listing the batch consumer changed meanwhile is left to it
 * (it renders the same time-driven change itself). Every indexer instance may sweep; they do not
 * step on each other.
 */
public final class FreshnessSweep {
    private final ElasticsearchClient client;
    private final ListingStore store;
    private final StateJournal journal;
    private final ListingDocument documents;
    private final History history;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int pageSize;

    public FreshnessSweep(ElasticsearchClient client, ListingStore store, StateJournal journal, FreshnessRules rules,
                          MeterRegistry meters, Clock clock, int pageSize) {
        this.client = client;
        this.store = store;
        this.journal = journal;
        this.documents = new ListingDocument(rules);
        this.history = new History(rules);
        this.meters = meters;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** Sweeps once; returns how many listings it rewrote. */
    public int sweep() throws IOException {
        Instant now = clock.instant();
        String index = store.writeIndex();
        String pit = client.openPointInTime(p -> p.index(index).keepAlive(k -> k.time("2m"))).id();
        int rewritten = 0;
        try {
            List<FieldValue> after = null;
            while (true) {
                SearchResponse<ObjectNode> page = page(pit, now, after);
                List<Hit<ObjectNode>> hits = page.hits().hits();
                rewritten += rewrite(index, hits, now);
                if (hits.size() < pageSize) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
        org.imhfinder.indexer.batch.BatchMeters.indexedCounter(meters, "sweep").increment(rewritten);
        return rewritten;
    }

    private SearchResponse<ObjectNode> page(String pit, Instant now, List<FieldValue> after) throws IOException {
        return client.search(s -> {
            s.pit(p -> p.id(pit).keepAlive(k -> k.time("2m")))
                    .query(q -> q.range(r -> r.date(d -> d.field(IndexFields.RECHECK_AT).lte(now.toString()))))
                    .size(pageSize).seqNoPrimaryTerm(true)
                    .sort(o -> o.field(f -> f.field(ListingField.ID.json()).order(SortOrder.Asc)));
            return after == null ? s : s.searchAfter(after);
        }, ObjectNode.class);
    }

    private int rewrite(String index, List<Hit<ObjectNode>> hits, Instant now) throws IOException {
        List<DocumentWrite> writes = new ArrayList<>();
        List<Judged> states = new ArrayList<>();
        for (Hit<ObjectNode> hit : hits) {
            Judged state = history.catchUp(StoredState.of(hit.id(), hit.source()), now);
            ObjectNode document = documents.render(state);
            if (document != null && !document.equals(hit.source())) {
                writes.add(new DocumentWrite(hit.id(), document,
                        new StoredListing(hit.id(), hit.seqNo(), hit.primaryTerm(), hit.source())));
                states.add(state);
            }
        }
        if (writes.isEmpty()) {
            return 0;
        }
        List<WriteResult> results = store.write(index, writes, true);
        List<Judged> written = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).status() == WriteResult.Status.WRITTEN) {
                written.add(states.get(i));
            }
        }
        journal.send(written).await();
        return written.size();
    }
}
