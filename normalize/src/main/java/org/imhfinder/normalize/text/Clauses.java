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

    private static final ThreadLocal<Split> LAST_SPLIT = new ThreadLocal<>();

    private Clauses() {
    }

    /**
     * The text's sentences (a list that cannot be changed). Several readers split the same candidate's text in
     * turn, so each thread keeps the last text it split and its sentences.
     */
    public static List<String> sentences(String text) {
        Split last = LAST_SPLIT.get();
        if (last != null && (last.text == text || last.text.equals(text))) {
            return last.sentences;
        }
        List<String> out = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        List<String> sentences = List.copyOf(out);
        LAST_SPLIT.set(new Split(text, sentences));
        return sentences;
    }

    private record Split(String text, List<String> sentences) {
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

    /**
     * Whitespace collapsed, non-breaking spaces made plain, trimmed: every run of {@code \s} characters (after
     * non-breaking spaces became spaces) one space, then {@link String#trim}. One pass; a text already clean
     * is returned as it is.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = plain(text.charAt(i));
            boolean run = isSpace(c) && (c != ' ' || i + 1 < length && isSpace(plain(text.charAt(i + 1))));
            if (out == null && (run || c != text.charAt(i))) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (isSpace(c)) {
                out.append(' ');
                while (i + 1 < length && isSpace(plain(text.charAt(i + 1)))) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return (out == null ? text : out.toString()).trim();
    }

    private static char plain(char c) {
        return c == '\u00A0' ? ' ' : c;
    }

    /** What {@code \s} matches: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
