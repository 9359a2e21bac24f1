package org.imhfinder.normalize.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cheap tests run before a regular expression: a pattern that can only match where a word is
 * ("hours" for "120 clock hours") is not run over a text that lacks the word. The test is
 * case-insensitive in a wider sense than {@code (?i)} (any character whose case folds to the
 * word's), so it never says "absent" where the pattern could match.
 */
public final class Literals {
    private Literals() {
    }

    /** Words to look for, any one of them; in lower case. */
    public static Words words(String... words) {
        return new Words(words);
    }

    /**
     * Words grouped by their first letter, so a text is read once and each of its characters is compared only
     * with the words that start with it.
     */
    public static final class Words {
        private static final String[] NONE = {};
        /** By the first character in lower case, for words starting with an ASCII character. */
        private final String[][] byFirst = new String[128][];
        /** Words starting with any other character (compared with each character's lower case). */
        private final String[] others;

        private Words(String... words) {
            List<String> others = new ArrayList<>();
            for (String word : words) {
                char first = word.charAt(0);
                if (first < 128) {
                    String[] same = byFirst[first] == null ? NONE : byFirst[first];
                    byFirst[first] = Arrays.copyOf(same, same.length + 1);
                    byFirst[first][same.length] = word;
                } else {
                    others.add(word);
                }
            }
            this.others = others.toArray(NONE);
        }

        /** True when any of the words occurs in the text, ignoring case. */
        public boolean in(String text) {
            return in(text, 0, text.length());
        }

        /** True when any of the words occurs within {@code text} from {@code from} to {@code to}, ignoring case. */
        public boolean in(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
                if (lower < 128 ? startsHere(byFirst[lower], text, i, to) : others.length > 0 && startsHere(lower, text, i, to)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsHere(String[] words, String text, int at, int to) {
            if (words != null) {
                for (String word : words) {
                    if (at + word.length() <= to && text.regionMatches(true, at, word, 0, word.length())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean startsHere(char lower, String text, int at, int to) {
            for (String word : others) {
                if (word.charAt(0) == lower && at + word.length() <= to && text.regionMatches(true, at + 1, word, 1, word.length() - 1)) {
                    return true;
                }
            }
            return false;
        }
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
}
