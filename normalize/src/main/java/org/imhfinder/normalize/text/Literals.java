package org.imhfinder.normalize.text;

/**
 * Cheap tests run before a regular expression: a pattern that can only match where a word is
 * ("hours" for "120 clock hours") is not run over a text that lacks the word. The test is
 * case-insensitive in a wider sense than {@code (?i)} (any character whose case folds to the
 * word's), so it never says "absent" where the pattern could match.
 */
public final class Literals {
    private Literals() {
    }

    /**
     * True when any of the words (in lower case) occurs in the text, ignoring case: one pass over the text for all of
     * them. An ASCII character no word starts with is passed over at once.
     */
    public static boolean containsAny(CharSequence text, String... words) {
        long low = 0;
        long high = 0;
        boolean allAscii = true;
        for (String word : words) {
            char first = word.charAt(0);
            if (first < 64) {
                low |= 1L << first;
            } else if (first < 128) {
                high |= 1L << (first - 64);
            } else {
                allAscii = false;
            }
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char raw = text.charAt(i);
            if (allAscii && raw < 128) {
                char ascii = raw >= 'A' && raw <= 'Z' ? (char) (raw + ('a' - 'A')) : raw;
                if ((ascii < 64 ? low & 1L << ascii : high & 1L << (ascii - 64)) == 0) {
                    continue;
                }
            }
            char c = Character.toLowerCase(raw);
            for (String word : words) {
                if (c == word.charAt(0) && i + word.length() <= length && regionMatches(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text holds at least {@code count} ASCII digits (what {@code \d} matches). */
    public static boolean hasDigits(CharSequence text, int count) {
        int seen = 0;
        for (int i = 0; i < text.length() && seen < count; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                seen++;
            }
        }
        return seen >= count;
    }

    /** True when the word (in lower case) occurs in the text, ignoring case. */
    public static boolean containsIgnoreCase(CharSequence text, String word) {
        int last = text.length() - word.length();
        char first = word.charAt(0);
        for (int i = 0; i <= last; i++) {
            if (Character.toLowerCase(text.charAt(i)) == first && regionMatches(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(CharSequence text, int at, String word) {
        for (int j = 1; j < word.length(); j++) {
            char c = text.charAt(at + j);
            char w = word.charAt(j);
            if (c == w) {
                continue;
            }
            if (c < 128 ? c < 'A' || c > 'Z' || c + ('a' - 'A') != w
                    : Character.toLowerCase(c) != w && Character.toLowerCase(Character.toUpperCase(c)) != w) {
                return false;
            }
        }
        return true;
    }
}
