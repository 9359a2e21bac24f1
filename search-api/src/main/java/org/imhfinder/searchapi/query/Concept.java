package org.imhfinder.searchapi.query;

import java.util.List;

/**
 * Something a query names that the index holds as a structured value: {@code parameter} is the
 * filter it stands for ({@code region}, {@code delivery}, {@code topic}, {@code component},
 * {@code credential}, {@code education}), {@code value} the canonical value ("CO", "ONLINE"),
 * {@code matched} the words as typed, {@code phrases} the ways a page may say it in text, and
 * {@code alternatives} other readings of the same words ("reflective supervision" is a topic and
 * a component): matching any reading is enough.
 */
public record Concept(String parameter, String value, String matched, List<String> phrases, List<Concept> alternatives) {
    public Concept {
        phrases = List.copyOf(phrases);
        alternatives = List.copyOf(alternatives);
    }

    public Concept(String parameter, String value, String matched, List<String> phrases) {
        this(parameter, value, matched, phrases, List.of());
    }

    public Concept withAlternative(Concept other) {
        List<Concept> all = new java.util.ArrayList<>(alternatives);
        all.add(other);
        return new Concept(parameter, value, matched, phrases, all);
    }

    /** The name of the query clause that matches this concept, as reported in a hit's {@code matched}. */
    public String clauseName() {
        return parameter + ":" + value;
    }
}
