package org.imhfinder.normalize.route;

import java.util.List;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.ProgramListing;

/** What one page event becomes: its listings (maybe none) and the outcome that reports them. */
public record NormalizedPage(List<ProgramListing> listings, PageOutcome outcome) {
    public NormalizedPage {
        listings = List.copyOf(listings);
    }
}
