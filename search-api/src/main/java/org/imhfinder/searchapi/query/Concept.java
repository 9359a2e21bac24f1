package org.imhfinder.searchapi.query;

import java.util.List;

/**
 * Something a query names that the index holds as a structured value: {@code parameter} is the
 * filter it stands for ({@code region}, {@code delivery}, {@code topic}, {@code component},
 * {@code credential}, {@code education}), {@code value} the canonical value ("CO", "ONLINE"),
 * {@code matched} the words as typed, and {@code phrases} the ways a page may say it in text.
 */
public record Concept(String parameter, String value, String matched, List<String> phrases) {
    public Concept {
        phrases = List.copyOf(phrases);
    }

    /** The name of the query clause that matches this concept, as reported in a hit's {@code matched}. */
    public String clauseName() {
        return parameter + ":" + value;
    }
}
