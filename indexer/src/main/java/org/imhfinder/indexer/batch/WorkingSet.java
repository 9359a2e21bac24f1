package org.imhfinder.indexer.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.indexer.document.ListingDocument;
import org.imhfinder.indexer.document.StoredState;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.store.DocumentWrite;
import org.imhfinder.indexer.store.ListingStore;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.PageStatus;

/**
 * The listings one batch touches: every listing a record names by id, and every listing whose
 * current or previous page is a URL an outcome names, read from the index once, then changed in
 * memory as the batch's records are applied.
 */
final class WorkingSet {
    private final Map<String, Tracked> byId = new LinkedHashMap<>();

    /** Reads what the records need from {@code index}; listings whose status changed with time get their history entry now. */
    static WorkingSet load(ListingStore store, String index, List<InputRecord> records, History history, Instant now)
            throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> urls = new LinkedHashSet<>();
        for (InputRecord record : records) {
            collect(record, ids, urls);
        }
        WorkingSet working = new WorkingSet();
        for (StoredListing stored : store.load(index, ids, urls)) {
            ListingState state = history.catchUp(StoredState.of(stored.id(), stored.source()), now);
            working.byId.put(stored.id(), new Tracked(stored.id(), stored, state));
        }
        return working;
    }

    private static void collect(InputRecord record, Set<String> ids, Set<String> urls) {
        if (record instanceof InputRecord.Extracted e) {
            ids.add(e.listing().id());
        } else if (record instanceof InputRecord.Decided d) {
            ids.add(d.decision().programId());
        } else if (record instanceof InputRecord.StateSnapshot s) {
            ids.add(s.state().programId());
        } else if (record instanceof InputRecord.PageReported p) {
            PageOutcome outcome = p.outcome();
            ids.addAll(outcome.listingIds());
            urls.add(outcome.url());
            if (outcome.finalUrl() != null && (outcome.status() == PageStatus.OK || outcome.status() == PageStatus.MOVED)) {
                urls.add(outcome.finalUrl());
            }
        }
    }

    /** The listing, or null when the index has none and no record of the batch created it. */
    Tracked get(String id) {
        return byId.get(id);
    }

    Tracked getOrCreate(String id) {
        return byId.computeIfAbsent(id, key -> new Tracked(key, null, ListingState.empty(key)));
    }

    /** Listings (with content) whose current page is {@code url}. */
    List<Tracked> at(String url) {
        List<Tracked> found = new ArrayList<>();
        for (Tracked t : byId.values()) {
            if (t.hasContent() && url.equals(t.state().sourceUrl())) {
                found.add(t);
            }
        }
        return found;
    }

    /** Listings (with content) whose page was {@code url} before it moved. */
    List<Tracked> previouslyAt(String url) {
        return byId.values().stream().filter(t -> t.hasContent() && t.state().previousUrls().contains(url)).toList();
    }

    Collection<Tracked> all() {
        return byId.values();
    }

    /** The documents to write: those whose rendering differs from what the index holds. */
    List<Pending> changes(ListingDocument documents, Instant now) {
        List<Pending> pending = new ArrayList<>();
        for (Tracked t : byId.values()) {
            ObjectNode document = documents.render(t.state(), now);
            if (document != null && (t.stored() == null || !document.equals(t.stored().source()))) {
                pending.add(new Pending(t, new DocumentWrite(t.id(), document, t.stored())));
            }
        }
        return pending;
    }

    /** A document to write and the listing it renders. */
    record Pending(Tracked listing, DocumentWrite write) {
    }
}
