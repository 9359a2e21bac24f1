package org.imhfinder.normalize.detect;

import java.util.List;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.StructuredItem;
import org.jsoup.nodes.Element;

/**
 * One program found on a page, before its fields are read: how it was found, its name, the part
 * of the page that describes it, the labelled values in that part (for a table row, its cells
 * under their column headers), its schema.org item if it has one, and for a directory entry the
 * link to the program's own page.
 */
public record Candidate(
        Kind kind,
        String name,
        Element nameElement,
        List<Element> scope,
        List<Labelled> labelled,
        StructuredItem structured,
        String link) {

    /** How a program was found on its page. */
    public enum Kind {
        /** The page is one program. */
        PAGE,
        /** A schema.org program or course item. */
        STRUCTURED,
        /** A row (or column) of a table of levels. */
        TABLE_ROW,
        /** A block under its own heading: a section per level, or a directory entry. */
        BLOCK,
        /** A linked PDF that describes a program of its own. */
        DOCUMENT
    }

    public Candidate {
        scope = List.copyOf(scope);
        labelled = List.copyOf(labelled);
    }
}
