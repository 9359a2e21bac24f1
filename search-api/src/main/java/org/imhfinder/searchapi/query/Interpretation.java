package org.imhfinder.searchapi.query;

import java.util.List;

/**
 * What a free-text query means: the concepts recognised in it and the words left over, which
 * are searched as text.
 */
public record Interpretation(String text, List<Concept> concepts) {
    public Interpretation {
        concepts = List.copyOf(concepts);
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static Interpretation literal(String q) {
        return new Interpretation(q, List.of());
    }

    public List<Concept> concepts(String parameter) {
        return concepts.stream().filter(c -> c.parameter().equals(parameter)).toList();
    }

    public boolean isEmpty() {
        return text == null && concepts.isEmpty();
    }
}
