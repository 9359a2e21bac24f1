package org.imhfinder.searchapi.query;

/**
 * How far a search was relaxed to answer. When the strict search finds nothing the steps are tried
 * in the order {@link ProgramSearch#steps} gives: NONE, QUALIFIERS, TEXT, STATE, WORDS (TEXT is last
 * in the enum only so that cursors given out before it existed keep their meaning). Each step drops
 * what the one before still required, so a person always sees the nearest thing to what they asked,
 * and the answer's note says what was dropped:
 * <ul>
 *   <li>{@link #NONE}: everything the query names must match (the subject, the state, delivery and
 *       education), and most of its words;</li>
 *   <li>{@link #QUALIFIERS}: delivery and education only rank ("online CPP in Colorado": the Colorado
 *       CPP training that does not say it is online);</li>
 *   <li>{@link #TEXT}: the words only rank, what the query names (subject and state) is still required
 *       ("trauma focused training Georgia": the Georgia listing on trauma that never says "focused"),
 *       so a listing in the state that is what was asked comes before any listing elsewhere;</li>
 *   <li>{@link #STATE}: the state only ranks; the subject and the words are still required, so a
 *       listing elsewhere that is what was asked for comes before a listing in the state that is not;</li>
 *   <li>{@link #WORDS}: any word, typos forgiven, every concept a boost.</li>
 * </ul>
 */
public enum Relaxation {
    NONE, QUALIFIERS, STATE, WORDS, TEXT;

    /** True when a concept of this role must match at this step. */
    boolean requires(Concept.Role role) {
        return switch (role) {
            case SUBJECT -> this != WORDS;
            case STATE -> this == NONE || this == QUALIFIERS || this == TEXT;
            case QUALIFIER -> this == NONE;
            case PREFERENCE -> false;
        };
    }

    /** True when most of the query's words must match at this step. */
    boolean requiresText() {
        return this != TEXT && this != WORDS;
    }
}
