package org.imhfinder.indexer.batch;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.indexer.store.StoredListing;

/**
 * The documents an attempt has written and not yet refreshed, as written and at the version
 * Elasticsearch gave them. Its search does not show them until the refresh (it may show the
 * versions before them instead), so each part of a batch reads what the parts before it wrote
 * through this view rather than waiting for a refresh between them.
 */
final class UnrefreshedWrites {
    private final Map<String, StoredListing> written = new LinkedHashMap<>();

    void add(StoredListing listing) {
        written.put(listing.id(), listing);
    }

    /**
     * What a search for these ids and URLs would find once refreshed, from what it finds now
     * ({@code searched}): a document written since stands for the version the search found, and
     * is found or not by what it says now (a listing that moved away from a URL is no longer
     * found by it); one the search did not find yet is added when it is found by them.
     */
    List<StoredListing> over(List<StoredListing> searched, Collection<String> ids, Collection<String> urls) {
        if (written.isEmpty()) {
            return searched;
        }
        Map<String, StoredListing> found = new LinkedHashMap<>();
        for (StoredListing listing : searched) {
            StoredListing newer = written.get(listing.id());
            if (newer == null) {
                found.put(listing.id(), listing);
            } else if (newer.isFoundBy(ids, urls)) {
                found.put(listing.id(), newer);
            }
        }
        for (StoredListing listing : written.values()) {
            if (!found.containsKey(listing.id()) && listing.isFoundBy(ids, urls)) {
                found.put(listing.id(), listing);
            }
        }
        return List.copyOf(found.values());
    }
}
