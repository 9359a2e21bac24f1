package org.imhfinder.normalize.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.imhfinder.schema.RecentlyComputed;

/**
 * Splits text into sentences and clauses, and tells a stated requirement from a waived one
 * ("not required", "recommended", "No").
 */
public final class Clauses {
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)(?:^|\\W)(?:not?|none|n/a|optional|waived|recommended|preferred|encouraged|without)(?:\\W|$)");

    /** A word every alternative of {@link #NEGATION} holds ("no" in "not", "no", "none"). */
    private static final Literals.Words NEGATION_WORDS = Literals.words("no", "n/a", "optional", "waived", "recommended", "preferred",
            "encouraged", "without");
    private static final String[] BREAK_WORDS = {"but", "however"};

    private static final RecentlyComputed<String, List<String>> RECENT_SPLITS = RecentlyComputed.byEquality();

    private Clauses() {
    }

    /**
     * The text's sentences (a list that cannot be changed). Several readers split the same candidate's text in
     * turn, so each thread keeps the texts it split lately and their sentences.
     */
    public static List<String> sentences(String text) {
        return RECENT_SPLITS.get(text, t -> List.copyOf(splitSentences(t)));
    }

    /**
     * The sentences of a text, trimmed, none empty: it is cut at every line break, at every bullet ("\u2022",
     * "\u00B7", "|") and at a run of whitespace after ".", "!" or "?" that a capital letter, "(" or a quote opens
     * the next sentence after. One scan; it cuts where the pattern
     * {@code (?<=[.!?])\s+(?=[A-Z("\u201C])|\n+|\s*[\u2022\u00B7|]\s*} split (tested against it), which was the
     * most costly pattern of extraction.
     */
    static List<String> splitSentences(String text) {
        List<String> out = new ArrayList<>();
        int length = text.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2022' || c == '\u00B7' || c == '|') {
                addTrimmed(out, text, start, i);
                start = ++i;
            } else if (isSpace(c) && i > 0 && endsSentence(text.charAt(i - 1))) {
                int next = skipSpaces(text, i);
                if (next < length && opensSentence(text.charAt(next))) {
                    addTrimmed(out, text, start, i);
                    start = next;
                    i = next;
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        addTrimmed(out, text, start, length);
        return out;
    }

    /** The part from {@code start} to {@code end} as {@link String#trim} leaves it, when not empty: one copy. */
    private static void addTrimmed(List<String> out, String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        if (from < to) {
            out.add(text.substring(from, to));
        }
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean opensSentence(char c) {
        return c >= 'A' && c <= 'Z' || c == '(' || c == '"' || c == '\u201C';
    }

    /**
     * The clauses of a sentence, trimmed, none blank: cut at ";" or "," with whitespace after it, and at "but" or
     * "however" between whitespace. One scan that consumes what the pattern {@code \s*[;,]\s+|\s+(?:but|however)\s+}
     * matched, left to right, so "x, but y" stays two clauses ("x", "but y") as it did (tested against it).
     */
    public static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        int length = sentence.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            int end = clauseBreakAt(sentence, i);
            if (end < 0) {
                i++;
                continue;
            }
            String part = sentence.substring(start, i);
            if (!part.isBlank()) {
                out.add(part.trim());
            }
            start = end;
            i = end;
        }
        String last = sentence.substring(start);
        if (!last.isBlank()) {
            out.add(last.trim());
        }
        return out;
    }

    /** The end of a clause break starting at {@code at}, or -1: whitespace, ";" or ",", whitespace; or whitespace, "but" or "however", whitespace. */
    private static int clauseBreakAt(String text, int at) {
        int mark = skipSpaces(text, at);
        if (mark < text.length() && (text.charAt(mark) == ';' || text.charAt(mark) == ',')) {
            int end = skipSpaces(text, mark + 1);
            if (end > mark + 1) {
                return end;
            }
        }
        if (mark == at) {
            return -1;
        }
        for (String word : BREAK_WORDS) {
            if (text.startsWith(word, mark)) {
                int end = skipSpaces(text, mark + word.length());
                return end > mark + word.length() ? end : -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when the clause waives what it names: "not required", "recommended", "No", "optional". */
    public static boolean waives(String clause) {
        return NEGATION_WORDS.in(clause) && NEGATION.matcher(clause).find();
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
