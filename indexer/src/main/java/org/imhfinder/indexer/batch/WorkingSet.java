package org.imhfinder.indexer.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.imhfinder.indexer.document.ListingDocument;
import org.imhfinder.indexer.document.StoredState;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.indexer.freshness.ListingFacts;
import org.imhfinder.indexer.store.DocumentWrite;
import org.imhfinder.indexer.store.ListingStore;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.PageStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listings one batch touches: every listing a record names by id, and every listing whose
 * current or previous page is a URL an outcome names, read from the index once, then changed in
 * memory as the batch's records are applied ({@link #update}). The listings of a page are looked
 * up by the page ({@link PageLookup}), not found by reading every listing: a batch of page
 * outcomes and their listings asks once or twice per outcome.
 */
final class WorkingSet {
    private static final Logger LOG = LoggerFactory.getLogger(WorkingSet.class);

    private final Map<String, Tracked> byId = new LinkedHashMap<>();
    /** Each listing with content under every page that describes it: its own and its evidence's. */
    private final PageLookup describing = new PageLookup(WorkingSet::pages);
    /** Each listing with content under every page it moved from. */
    private final PageLookup movedFrom = new PageLookup(WorkingSet::previousPages);
    /** Where the next listing comes in {@link #byId}'s order, which lookups by page keep. */
    private int added;

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
            working.track(new Tracked(stored.id(), stored, readable(stored, history, now)));
        }
        return working;
    }

    /**
     * The stored listing's state, its history caught up with time. A document nothing can read
     * (written by hand, or by a broken writer) must not stop every batch that touches it: the
     * listing starts over from its next extraction, and the document is replaced then.
     */
    private static Judged readable(StoredListing stored, History history, Instant now) {
        try {
            return history.catchUp(StoredState.of(stored.id(), stored.source()), now);
        } catch (RuntimeException e) {
            LOG.error("the stored document of {} cannot be read ({}); its listing starts over", stored.id(), e.getMessage());
            return new Judged(ListingState.empty(stored.id()), null);
        }
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
        Tracked t = byId.get(id);
        return t != null ? t : track(new Tracked(id, null, new Judged(ListingState.empty(id), null)));
    }

    /** Changes a listing's state, keeping the lookups by page in step. */
    void update(Tracked t, Judged next, RecordSource by) {
        ListingState before = t.state();
        t.update(next, by);
        describing.changed(t, before);
        movedFrom.changed(t, before);
    }

    /** Listings (with content) whose current page is {@code url}, in the order they joined the batch. */
    List<Tracked> at(String url) {
        return describing.under(url).stream().filter(t -> url.equals(t.state().sourceUrl())).toList();
    }

    /**
     * Listings (with content) that page {@code url} describes: their own page, or one of their
     * other pages ({@link ListingFacts#describedOn}), in the order they joined the batch.
     */
    List<Tracked> describedAt(String url) {
        return describing.under(url);
    }

    /** Listings (with content) whose page was {@code url} before it moved, in the order they joined the batch. */
    List<Tracked> previouslyAt(String url) {
        return movedFrom.under(url);
    }

    Collection<Tracked> all() {
        return byId.values();
    }

    private Tracked track(Tracked t) {
        Tracked replaced = byId.put(t.id(), t);
        if (replaced != null) {
            t.order(replaced.order());
            describing.remove(replaced);
            movedFrom.remove(replaced);
        } else {
            t.order(added++);
        }
        describing.add(t);
        movedFrom.add(t);
        return t;
    }

    /** The pages that describe a listing with content: its own and its evidence's (none without content). */
    private static Set<String> pages(ListingState state) {
        return state.listing() == null ? Set.of() : ListingFacts.describingPages(state);
    }

    /** The pages a listing with content moved from (none without content). */
    private static Set<String> previousPages(ListingState state) {
        return state.listing() == null ? Set.of() : new HashSet<>(state.previousUrls());
    }

    /**
     * The document to write for one listing, or null when its rendering is what the index holds
     * or it cannot be rendered (then reported to {@code unrenderable}): a batch renders its
     * listings one bulk at a time, while Elasticsearch indexes the bulk before.
     */
    static Pending change(Tracked t, ListingDocument documents, History history, Instant now,
                          BiConsumer<Tracked, String> unrenderable) {
        ObjectNode document;
        Judged judged;
        try {
            judged = t.judged(history, now);
            document = documents.render(judged);
        } catch (RuntimeException e) {
            unrenderable.accept(t, "cannot render the document: " + e);
            return null;
        }
        if (document != null && (t.stored() == null || !document.equals(t.stored().source()))) {
            return new Pending(t, judged, new DocumentWrite(t.id(), document, t.stored()));
        }
        return null;
    }

    /** A document to write, the listing it renders and the judged state it was rendered from. */
    record Pending(Tracked listing, Judged judged, DocumentWrite write) {
    }
}
