package org.imhfinder.vocabulary;

/**
 * Every word the vocabulary's terms are made of, folded, each once. A text's word is looked up by its
 * letters where they stand in the text: most words of a page are in no term, and finding that out
 * no longer copies each of them into a lower-case string of its own. A word found is handed back as
 * the lexicon's own string, the trie's key for it.
 *
 * <p>An open-addressing table of strings, hashed as {@link String#hashCode()} hashes the folded word,
 * so a word can be hashed in place. Filled while the vocabulary is read, then only read (by any
 * thread).
 */
final class Lexicon {
    private String[] table = new String[256];
    private int size;

    /** Words held. */
    int size() {
        return size;
    }

    /** Adds a folded word (lower case, no accents); returns the lexicon's string for it (the one added first). */
    String add(String word) {
        String known = known(word);
        if (known != null) {
            return known;
        }
        if ((size + 1) * 2 > table.length) {
            String[] old = table;
            table = new String[old.length * 2];
            for (String kept : old) {
                if (kept != null) {
                    table[free(kept)] = kept;
                }
            }
        }
        table[free(word)] = word;
        size++;
        return word;
    }

    /** The lexicon's string equal to a folded word, or null. */
    String known(String word) {
        return known(word, 0, word.length()); // a folded word has no capitals to lower
    }

    /**
     * The lexicon's string for {@code text}'s characters from {@code start} to {@code end} with A to Z lowered, or
     * null: a word of a text looked up where it stands.
     */
    String known(CharSequence text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + lower(text.charAt(i));
        }
        int mask = table.length - 1;
        for (int i = spread(hash) & mask; table[i] != null; i = (i + 1) & mask) {
            if (sameLowered(table[i], text, start, end)) {
                return table[i];
            }
        }
        return null;
    }

    private int free(String word) {
        int mask = table.length - 1;
        int i = spread(word.hashCode()) & mask;
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static boolean sameLowered(String word, CharSequence text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (word.charAt(i - start) != lower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
