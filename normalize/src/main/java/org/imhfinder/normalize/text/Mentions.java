package org.imhfinder.normalize.text;

/**
 * Whether a text mentions a word at all, ignoring case: the cheap test a reader makes before running
 * its patterns over a long text, when every pattern needs one of those words (an e-mail address needs an
 * "@", a length needs a unit). A page's text is read many times; most of it never matches.
 */
public final class Mentions {
    private Mentions() {
    }

    /** True when {@code text} contains one of {@code words} (lower-case ASCII letters), in any ASCII case, as the patterns' {@code (?i)} reads it. */
    public static boolean any(CharSequence text, String... words) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = lower(text.charAt(i));
            for (String word : words) {
                if (c == word.charAt(0) && startsAt(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code text} holds at least {@code count} ASCII digits. */
    public static boolean digits(CharSequence text, int count) {
        int seen = 0;
        for (int i = 0; i < text.length() && seen < count; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                seen++;
            }
        }
        return seen >= count;
    }

    private static boolean startsAt(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (lower(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII letter in lower case; any other character stays what it is (and equals no letter). */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }
}
