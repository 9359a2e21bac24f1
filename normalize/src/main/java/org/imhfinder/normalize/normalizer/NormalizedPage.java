package org.imhfinder.normalize.normalizer;

import java.util.List;
import org.imhfinder.schema.DocumentText;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.ProgramListing;

/**
 * What one page event becomes: its listings (maybe none) and the outcome that reports them; for
 * a PDF, the document's text to share ({@code document}); for a gone PDF, the document to forget
 * ({@code goneDocument}); and the pages that waited for a document this event brought, to
 * normalize again ({@code ready}).
 */
public record NormalizedPage(
        List<ProgramListing> listings,
        PageOutcome outcome,
        DocumentText document,
        String goneDocument,
        List<org.imhfinder.schema.PageEvent> ready) {

    public NormalizedPage {
        listings = List.copyOf(listings);
        ready = List.copyOf(ready);
    }
}
