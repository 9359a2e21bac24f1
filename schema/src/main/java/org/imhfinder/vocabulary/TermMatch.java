package org.imhfinder.vocabulary;

/**
 * A term found in a text: the term, the canonical value it stands for, and where it was found
 * ({@code start} inclusive, {@code end} exclusive, offsets into the text that was searched).
 */
public record TermMatch(Term term, int start, int end, String text) {

    public TermKind kind() {
        return term.kind();
    }

    /** The canonical value (see {@link TermKind} for what it is per kind). */
    public String value() {
        return term.value();
    }

    public int length() {
        return end - start;
    }

    /** True when this match and {@code other} share at least one character. */
    public boolean overlaps(TermMatch other) {
        return start < other.end && other.start < end;
    }
}
