package org.imhfinder.indexer.route;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.imhfinder.schema.Freshness;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;

/** Turns a listing into its index document: the listing, its freshness and the autocomplete inputs. */
public final class ListingDocuments {
    private ListingDocuments() {
    }

    /** The document for a listing just extracted from a page fetched at {@code fetchedAt}. */
    public static ObjectNode documentOf(ProgramListing listing) {
        Instant seen = listing.fetchedAt();
        ProgramListing withFreshness = listing.toBuilder()
                .freshness(new Freshness(seen, seen, seen, FreshnessStatus.FRESH, List.of()))
                .build();
        ObjectNode document = Json.mapper().valueToTree(withFreshness);
        Set<String> inputs = new LinkedHashSet<>();
        if (listing.name() != null) {
            inputs.add(listing.name());
        }
        if (listing.provider() != null && listing.provider().name() != null) {
            inputs.add(listing.provider().name());
        }
        document.putObject("suggest").set("input", Json.mapper().valueToTree(inputs));
        return document;
    }
}
