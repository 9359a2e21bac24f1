package org.imhfinder.schema;

/**
 * How one field of a listing was found: the method, a confidence in [0, 1], the evidence (the text
 * or selector it came from), so a curator can tell a stated value from a guess, and the page or PDF
 * it came from when that is not the listing's own page ({@code url}, null otherwise).
 */
public record FieldProvenance(ExtractionMethod method, double confidence, String evidence, String url) {
    public FieldProvenance(ExtractionMethod method, double confidence, String evidence) {
        this(method, confidence, evidence, null);
    }

    /** The same provenance, found on {@code page}. */
    public FieldProvenance from(String page) {
        return new FieldProvenance(method, confidence, evidence, page);
    }

    public FieldProvenance {
        if (method == null) {
            throw new IllegalArgumentException("method is required");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
