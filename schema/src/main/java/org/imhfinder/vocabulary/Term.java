package org.imhfinder.vocabulary;

/**
 * One way of writing a vocabulary entry: its kind, the canonical value it stands for, and the
 * text as the vocabulary file writes it.
 */
public record Term(TermKind kind, String value, String text) {
}
