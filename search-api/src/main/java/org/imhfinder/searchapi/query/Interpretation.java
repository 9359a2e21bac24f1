package org.imhfinder.searchapi.query;

import java.util.List;
import java.util.Map;

/**
 * What a free-text query means: the concepts recognised in it, the words that say what is sought
 * ({@code text}, searched as text and required), the words any listing could claim ({@code optional},
 * "training": they only rank), and the words corrected as typos (typed to corrected).
 */
public record Interpretation(String text, String optional, List<Concept> concepts, Map<String, String> corrected) {
    public Interpretation {
        concepts = List.copyOf(concepts);
        corrected = Map.copyOf(corrected);
        text = blankToNull(text);
        optional = blankToNull(optional);
    }

    public Interpretation(String text, List<Concept> concepts) {
        this(text, null, concepts, Map.of());
    }

    public static Interpretation literal(String q) {
        return new Interpretation(q, List.of());
    }

    public List<Concept> concepts(String parameter) {
        return concepts.stream().filter(c -> c.parameter().equals(parameter)).toList();
    }

    public boolean isEmpty() {
        return text == null && optional == null && concepts.isEmpty();
    }

    /** Every word searched as text, required or not. */
    public String allText() {
        return text == null ? optional : optional == null ? text : text + " " + optional;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
