package org.imhfinder.schema;

/**
 * How one field of a listing was found: the method, a confidence in [0, 1], and the evidence
 * (the text or selector it came from), so a curator can tell a stated value from a guess.
 */
public record FieldProvenance(ExtractionMethod method, double confidence, String evidence) {
    public FieldProvenance {
        if (method == null) {
            throw new IllegalArgumentException("method is required");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
