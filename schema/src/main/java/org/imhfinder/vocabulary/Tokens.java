package org.imhfinder.vocabulary;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text split into words, as the vocabulary matches it: runs of letters and digits, with an
 * apostrophe inside a word dropped ("bachelor's" is "bachelors"), compared in lower case without
 * accents. Each word keeps where it is in the text, its letters as written (for abbreviations,
 * which match only in capitals), and whether a hard break ({@code ( ) [ ] ; , . ! ? |}, a line
 * break) separates it from the word before.
 */
final class Tokens {
    private static final String HARD_BREAKS = "()[]{};,.!?|\n\r\u2022";

    /** Room for this many words to start with, at most: most texts looked up are a heading or a link's few words. */
    private static final int INITIAL_WORDS = 64;

    private int count;
    private int[] starts;
    private int[] ends;
    private String[] folded;
    private String[] written;
    private boolean[] hardBefore;

    private Tokens(int length) {
        int room = Math.min(INITIAL_WORDS, length / 4 + 2);
        starts = new int[room];
        ends = new int[room];
        folded = new String[room];
        written = new String[room];
        hardBefore = new boolean[room];
    }

    static Tokens of(CharSequence text) {
        Tokens tokens = new Tokens(text.length());
        tokens.scan(text);
        return tokens;
    }

    int size() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The word in lower case, accents and inner apostrophes dropped. */
    String folded(int i) {
        return folded[i];
    }

    /** The word's letters as written, inner apostrophes dropped. */
    String written(int i) {
        return written[i];
    }

    /** True when a hard break separates word {@code i} from word {@code i - 1}. */
    boolean hardBefore(int i) {
        return hardBefore[i];
    }

    private void scan(CharSequence text) {
        boolean hard = false;
        boolean apostrophe = false;
        int start = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0 && isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                apostrophe = true; // bachelor's -> bachelors
            } else {
                if (start >= 0) {
                    add(written(text, start, i, apostrophe), start, i, hard);
                    start = -1;
                    hard = false;
                    apostrophe = false;
                }
                hard |= HARD_BREAKS.indexOf(c) >= 0;
            }
        }
        if (start >= 0) {
            add(written(text, start, n, apostrophe), start, n, hard);
        }
    }

    /** The word's letters as written: one copy of the text's part, inner apostrophes dropped when it has any. */
    private static String written(CharSequence text, int start, int end, boolean apostrophe) {
        if (!apostrophe) {
            return text.subSequence(start, end).toString();
        }
        StringBuilder word = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isApostrophe(c)) {
                word.append(c);
            }
        }
        return word.toString();
    }

    private void add(String text, int start, int end, boolean hard) {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            folded = Arrays.copyOf(folded, size);
            written = Arrays.copyOf(written, size);
            hardBefore = Arrays.copyOf(hardBefore, size);
        }
        starts[count] = start;
        ends[count] = end;
        written[count] = text;
        folded[count] = fold(text);
        hardBefore[count] = hard;
        count++;
    }

    /** Lower case without accents; ASCII words (nearly all) skip the Unicode normalizer. */
    static String fold(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
                return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }
}
