package org.imhfinder.normalize.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into sentences and clauses, and tells a stated requirement from a waived one
 * ("not required", "recommended", "No").
 */
public final class Clauses {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"\u201C])|\\n+|\\s*[\u2022\u00B7|]\\s*");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*[;,]\\s+|\\s+(?:but|however)\\s+");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)(?:^|\\W)(?:not?|none|n/a|optional|waived|recommended|preferred|encouraged|without)(?:\\W|$)");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Clauses() {
    }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        return out;
    }

    public static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        for (String part : CLAUSE_END.split(sentence)) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** True when the clause waives what it names: "not required", "recommended", "No", "optional". */
    public static boolean waives(String clause) {
        return NEGATION.matcher(clause).find();
    }

    /** Whitespace collapsed, non-breaking spaces made plain, trimmed. */
    public static String clean(String text) {
        return text == null ? "" : WHITESPACE.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").trim();
    }
}
