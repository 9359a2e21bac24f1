package org.imhfinder.searchapi.query;

import java.util.List;

/**
 * Something a query names that the index holds as a structured value or a name: {@code parameter} is
 * the filter it stands for ({@code region}, {@code delivery}, {@code topic}, {@code component},
 * {@code credential}, {@code education}), {@code audience} (who the program is for), or {@code level} (an Endorsement level, by name,
 * abbreviation or number); {@code value} the canonical value ("CO", "ONLINE", a level's vocabulary id,
 * {@code number-2}); {@code matched} the words as typed; {@code phrases} the ways a page may say it in
 * text; {@code related} phrases of neighbouring values that satisfy it with less weight (the same
 * level on another track); {@code alternatives} other readings of the same words ("reflective
 * supervision" is a topic and a component): matching any reading is enough.
 */
public record Concept(String parameter, String value, String matched, List<String> phrases, List<Concept> alternatives,
                      List<String> related) {
    public Concept {
        phrases = List.copyOf(phrases);
        alternatives = List.copyOf(alternatives);
        related = List.copyOf(related);
    }

    public Concept(String parameter, String value, String matched, List<String> phrases) {
        this(parameter, value, matched, phrases, List.of(), List.of());
    }

    public Concept withAlternative(Concept other) {
        List<Concept> all = new java.util.ArrayList<>(alternatives);
        all.add(other);
        return new Concept(parameter, value, matched, phrases, all, related);
    }

    /** The name of the query clause that matches this concept, as reported in a hit's {@code matched}. */
    public String clauseName() {
        return parameter + ":" + value;
    }

    /** What the concept is to the search: what a program is, where it is, how and for whom, or a preference. */
    public Role role() {
        return switch (parameter) {
            case "region" -> Role.STATE;
            case "delivery", "education", "audience" -> Role.QUALIFIER;
            case "credential" -> Role.PREFERENCE;
            default -> Role.SUBJECT;
        };
    }

    /**
     * The part a concept plays. A SUBJECT (topic, component, level) says what the program is and must
     * match until the last relaxation; the STATE must match until nothing in it matches the subject; a
     * QUALIFIER (delivery, education, audience) must match until it alone empties the answer; a
     * PREFERENCE (a credential word) only ranks, unless nothing else in the query says what the program
     * is ("fellowship in Colorado"): then it is the subject.
     */
    public enum Role {
        SUBJECT, STATE, QUALIFIER, PREFERENCE
    }
}
