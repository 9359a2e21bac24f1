package org.imhfinder.searchapi.query;

/**
 * Reads a free-text query with the domain's vocabulary: finds the states, delivery modes,
 * topics, credentials and education levels it names, so the search can match them on the
 * structured fields as well as in text. The extension point between the search and whichever
 * vocabulary the project uses.
 */
public interface QueryEnrichment {
    /** Searches the text as typed. */
    QueryEnrichment LITERAL = Interpretation::literal;

    Interpretation interpret(String q);
}
