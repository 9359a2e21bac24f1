package org.imhfinder.normalize.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
        /** Characters outside ASCII that compare equal to an ASCII one ignoring case (the Kelvin sign, the dotless i...). */
        private static final BitSet FOLDS_TO_ASCII = new BitSet();

        static {
            for (char c = 128; c < Character.MAX_VALUE; c++) {
                char upper = Character.toUpperCase(c);
                if (upper < 128 || Character.toLowerCase(upper) < 128) {
                    FOLDS_TO_ASCII.set(c);
                }
            }
        }
        /** By the first character in lower case, for words starting with an ASCII character. */
        private final String[][] byFirst = new String[128][];
        /** Words starting with any other character (compared with each character's lower case). */
        private final String[] others;
        /**
         * The pairs of ASCII characters, in lower case, some word begins with (bit {@code first * 128 + second}): at
         * most positions of a text a word's first letter is there but its second is not, and one bit says so.
         */
        private final long[] pairs = new long[128 * 128 / 64];
        /**
         * First characters the pair cannot rule out a word for: a word of one character, or one whose second is
         * outside ASCII (which more than one character of a text may equal, ignoring case).
         */
        private final boolean[] unpaired = new boolean[128];

        private Words(String... words) {
            List<String> others = new ArrayList<>();
            for (String word : words) {
                char first = word.charAt(0);
                if (first < 128) {
                    String[] same = byFirst[first] == null ? NONE : byFirst[first];
                    byFirst[first] = Arrays.copyOf(same, same.length + 1);
                    byFirst[first][same.length] = word;
                    if (word.length() > 1 && word.charAt(1) < 128) {
                        int pair = first * 128 + lowerAscii(word.charAt(1));
                        pairs[pair >>> 6] |= 1L << pair;
                    } else {
                        unpaired[first] = true;
                    }
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
            return indexIn(text, from, to) >= 0;
        }

        /** Where the first of the words to occur within {@code text} from {@code from} to {@code to} begins, or -1. */
        public int indexIn(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c >= 128 && others.length == 0 && !FOLDS_TO_ASCII.get(c)) {
                    continue; // no word can start here: its lower case is no ASCII letter, and no word starts outside ASCII
                }
                char lower = c < 128 ? lowerAscii(c) : Character.toLowerCase(c);
                if (lower < 128 ? byFirst[lower] != null && pairedAt(lower, text, i, to) && startsHere(byFirst[lower], text, i, to)
                        : others.length > 0 && startsHere(lower, text, i, to)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * False only when no word starting with {@code lower} can start at {@code at}: the next character is past
         * {@code to}, or it is ASCII and no word's second character is it, ignoring case.
         */
        private boolean pairedAt(char lower, String text, int at, int to) {
            if (unpaired[lower]) {
                return true;
            }
            if (at + 1 >= to) {
                return false; // every word of this first character has two or more
            }
            char next = text.charAt(at + 1);
            if (next >= 128) {
                return true; // it may equal an ASCII letter ignoring case: the words are compared in full
            }
            int pair = lower * 128 + lowerAscii(next);
            return (pairs[pair >>> 6] & 1L << pair) != 0;
        }

        private static char lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private static boolean startsHere(String[] words, String text, int at, int to) {
            for (String word : words) {
                if (at + word.length() <= to && matchesAt(word, 0, text, at)) {
                    return true;
                }
            }
            return false;
        }

        private boolean startsHere(char lower, String text, int at, int to) {
            for (String word : others) {
                if (word.charAt(0) == lower && at + word.length() <= to && matchesAt(word, 1, text, at)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code text.regionMatches(true, at + from, word, from, ...)} to the word's end, with ASCII pairs compared
         * in place: most texts and every word here are ASCII, and the general comparison cost a fifth of the test.
         */
        private static boolean matchesAt(String word, int from, String text, int at) {
            for (int k = from; k < word.length(); k++) {
                char t = text.charAt(at + k);
                char w = word.charAt(k);
                if (t != w && !sameIgnoringCase(t, w)) {
                    return false;
                }
            }
            return true;
        }

        /** As {@link String#regionMatches(boolean, int, String, int, int)} compares two characters, ignoring case. */
        private static boolean sameIgnoringCase(char a, char b) {
            if ((a | b) < 128) {
                return lowerAscii(a) == lowerAscii(b);
            }
            if ((a < 128 || b < 128) && !FOLDS_TO_ASCII.get(a < 128 ? b : a)) {
                return false; // a no-break space, a curly quote, a dash against an ASCII letter
            }
            char upperA = Character.toUpperCase(a);
            char upperB = Character.toUpperCase(b);
            return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
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
