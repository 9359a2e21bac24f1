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
 *
 * <p>Split to be looked up in a {@link Lexicon}, a word the lexicon does not hold has no folded form
 * (null): nothing can match it, so it is never copied.
 */
final class Tokens {
    private static final String HARD_BREAKS = "()[]{};,.!?|\n\r\u2022";
    /** A word's flag: an apostrophe inside it was dropped. */
    private static final byte APOSTROPHE = 1;
    /** A word's flag: a hard break separates it from the word before. */
    private static final byte HARD_BEFORE = 2;

    /** Room for this many words to start with, at most: most texts looked up are a heading or a link's few words. */
    private static final int INITIAL_WORDS = 64;

    /** The text split (a copy of it, if it was not a string: tokens do not change once split). */
    private final String text;
    private int count;
    /** Where each word starts and ends, two by two (one array instead of two: a text is split for every lookup). */
    private int[] spans;
    private String[] folded;
    /**
     * Each word as written, copied only when asked for (only an abbreviation's candidates are); tokens are kept per
     * thread (see {@code TermIndex}), so filling it in later needs no lock.
     */
    private String[] written;
    /** Each word's {@link #APOSTROPHE} and {@link #HARD_BEFORE}. */
    private byte[] flags;
    /** The words that can match, or null for every word folded. */
    private final Lexicon lexicon;
    /** How many words the lexicon held when this text was split (a word added later is not found here). */
    private final int lexiconSize;

    private Tokens(String text, Lexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        this.lexiconSize = lexicon == null ? 0 : lexicon.size();
        int room = Math.min(INITIAL_WORDS, text.length() / 4 + 2);
        spans = new int[2 * room];
        folded = new String[room];
        flags = new byte[room];
    }

    /** Every word folded (a term's words, as the trie keeps them). */
    static Tokens of(CharSequence text) {
        return of(text, null);
    }

    /** The words folded that {@code lexicon} holds, the others without a folded form. */
    static Tokens of(CharSequence text, Lexicon lexicon) {
        Tokens tokens = new Tokens(text.toString(), lexicon);
        tokens.scan();
        return tokens;
    }

    /** Whether these are the words of {@code lexicon} as it is now. */
    boolean splitFor(Lexicon lexicon) {
        return this.lexicon == lexicon && lexiconSize == lexicon.size();
    }

    int size() {
        return count;
    }

    int start(int i) {
        return spans[2 * i];
    }

    int end(int i) {
        return spans[2 * i + 1];
    }

    /** The word in lower case, accents and inner apostrophes dropped; null when split for a lexicon that lacks it. */
    String folded(int i) {
        return folded[i];
    }

    /** The word's letters as written, inner apostrophes dropped. */
    String written(int i) {
        if (written == null) {
            written = new String[count];
        }
        if (written[i] == null) {
            written[i] = written(text, start(i), end(i), (flags[i] & APOSTROPHE) != 0);
        }
        return written[i];
    }

    /** True when a hard break separates word {@code i} from word {@code i - 1}. */
    boolean hardBefore(int i) {
        return (flags[i] & HARD_BEFORE) != 0;
    }

    private void scan() {
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
                    add(start, i, apostrophe, hard);
                    start = -1;
                    hard = false;
                    apostrophe = false;
                }
                hard |= HARD_BREAKS.indexOf(c) >= 0;
            }
        }
        if (start >= 0) {
            add(start, n, apostrophe, hard);
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

    private void add(int start, int end, boolean withApostrophe, boolean hard) {
        if (count == flags.length) {
            int size = count * 2;
            spans = Arrays.copyOf(spans, 2 * size);
            folded = Arrays.copyOf(folded, size);
            flags = Arrays.copyOf(flags, size);
        }
        spans[2 * count] = start;
        spans[2 * count + 1] = end;
        flags[count] = (byte) ((withApostrophe ? APOSTROPHE : 0) | (hard ? HARD_BEFORE : 0));
        folded[count] = withApostrophe ? known(fold(written(text, start, end, true))) : fold(start, end);
        count++;
    }

    /**
     * {@link #fold(String)} of a part of the text without an apostrophe: an ASCII word (nearly all) is copied once,
     * in lower case, instead of copied as written and then lowered; split for a lexicon, it is looked up in place
     * and not copied at all.
     */
    private String fold(int start, int end) {
        boolean capitals = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return known(fold(text.substring(start, end)));
            }
            capitals |= c >= 'A' && c <= 'Z';
        }
        if (lexicon != null) {
            return lexicon.known(text, start, end);
        }
        if (!capitals) {
            return text.substring(start, end);
        }
        char[] lower = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            lower[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(lower);
    }

    private String known(String folded) {
        return lexicon == null ? folded : lexicon.known(folded);
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
