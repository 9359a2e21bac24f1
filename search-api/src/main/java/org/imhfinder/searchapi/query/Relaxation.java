package org.imhfinder.searchapi.query;

/**
 * How far a search was relaxed to answer, in the order it is tried when the strict search finds
 * nothing. Each step drops what the one before still required, so a person always sees the nearest
 * thing to what they asked, and the answer's note says what was dropped:
 * <ol start="0">
 *   <li>{@link #NONE}: everything the query names must match (the subject, the state, delivery and
 *       education), and most of its words;</li>
 *   <li>{@link #QUALIFIERS}: delivery and education only rank ("online CPP in Colorado": the Colorado
 *       CPP training that does not say it is online);</li>
 *   <li>{@link #STATE}: the state only ranks; the subject is still required, so a listing elsewhere that
 *       is what was asked for comes before a listing in the state that is not;</li>
 *   <li>{@link #WORDS}: any word, typos forgiven, every concept a boost.</li>
 * </ol>
 */
public enum Relaxation {
    NONE, QUALIFIERS, STATE, WORDS;

    /** True when a concept of this role must match at this step. */
    boolean requires(Concept.Role role) {
        return switch (role) {
            case SUBJECT -> this != WORDS;
            case STATE -> compareTo(STATE) < 0;
            case QUALIFIER -> this == NONE;
            case PREFERENCE -> false;
        };
    }
}
