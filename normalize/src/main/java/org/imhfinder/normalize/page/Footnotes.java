package org.imhfinder.normalize.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes a requirements chart keeps under it ("* Family Associate applicants meet either the education
 * requirement OR the work requirement"), by their marker, so that a value carrying the marker
 * ("CDA or Associate's degree*") is read with its note: the note is part of the requirement.
 */
public final class Footnotes {
    private static final String MARKER = "\\*{1,4}|\\^{1,3}|\u2020{1,3}|\u2021";
    private static final Pattern NOTE = Pattern.compile("(?m)^\\s*(" + MARKER + ")\\s+(\\S.*)$");
    private static final Pattern MARKED = Pattern.compile("(?<=[\\p{L}\\p{N}.)\\s])(" + MARKER + ")(?=\\s|$|[.,;)])");
    private static final Footnotes NONE = new Footnotes(Map.of());

    private final Map<String, String> notes;

    private Footnotes(Map<String, String> notes) {
        this.notes = notes;
    }

    /** The notes of a text laid out in lines (see {@link BlockText}). */
    public static Footnotes in(String text) {
        Map<String, String> notes = new LinkedHashMap<>();
        Matcher m = NOTE.matcher(text);
        while (m.find()) {
            notes.putIfAbsent(m.group(1), m.group(2).trim());
        }
        return notes.isEmpty() ? NONE : new Footnotes(Map.copyOf(notes));
    }

    /** The value followed by the notes its markers point to, each after a semicolon; the value itself when it has none. */
    public String withNotes(String value) {
        if (notes.isEmpty()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value);
        Matcher m = MARKED.matcher(value);
        while (m.find()) {
            String note = notes.get(m.group(1));
            if (note != null && out.indexOf(note) < 0) {
                out.append("; ").append(note);
            }
        }
        return out.toString();
    }
}
