package org.imhfinder.schema;

/** How a field value was found, from most to least trusted. */
public enum ExtractionMethod {
    /** A curator set it. */
    CURATOR,
    /** schema.org JSON-LD on the page. */
    JSON_LD,
    /** schema.org microdata on the page. */
    MICRODATA,
    /** An operator's hand rule from sources.yml. */
    RULE,
    /** Page structure: headings, tables, labelled lists. */
    STRUCTURE,
    /** A requirement PDF linked from, or forming, the listing's page. */
    PDF,
    /** Free text matched against the vocabulary. */
    TEXT,
    /** The source's configuration (e.g. its provider name and type). */
    SOURCE
}
