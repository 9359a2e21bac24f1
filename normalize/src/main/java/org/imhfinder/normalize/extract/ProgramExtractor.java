package org.imhfinder.normalize.extract;

import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.page.Page;

/**
 * One way of reading a program's fields (the extension point of extraction): schema.org data,
 * an operator's hand rules, the page's structure and text. Each adds what it finds to the
 * program's {@link FieldSet}, which keeps the most trusted value per field, so strategies need
 * not know about each other and run in any order.
 */
public interface ProgramExtractor {
    /** The strategy's name, as the {@code IMH_NORMALIZE_EXTRACTORS} setting lists it. */
    String name();

    void extract(Page page, Candidate candidate, FieldSet fields);
}
