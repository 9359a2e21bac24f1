package org.imhfinder.normalize.extract;

import java.util.List;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.sources.SourceDefinition;
import org.jsoup.nodes.Document;

/**
 * Finds the programs a page describes. An extractor returns listings with the fields it could
 * find and leaves identity ({@code id}, {@code contentHash}) and the page's metadata to the caller.
 * A page that is not about a program yields nothing.
 */
public interface ProgramExtractor {
    List<ProgramListing> extract(PageEvent page, Document document, SourceDefinition source);
}
