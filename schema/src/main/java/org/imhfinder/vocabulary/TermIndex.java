package org.imhfinder.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.schema.RecentlyComputed;

/**
 * Every term of the vocabulary in one word trie. Finds, per kind, the leftmost-longest terms of
 * a text without overlaps; terms of different kinds may overlap ("MA": Master of Arts and
 * Massachusetts).
 */
final class TermIndex {
    private static final int ABBREVIATION_MAX_LETTERS = 4;
    private static final int KINDS = TermKind.values().length;

    /** Matches by where they start, the longest first among those starting at the same word. */
    private static final Comparator<TermMatch> LEFTMOST_LONGEST = Comparator.comparingInt(TermMatch::start)
            .thenComparing(Comparator.comparingInt(TermMatch::length).reversed());

    private final Node root = new Node();
    /** Every word of the trie: a text's other words are not looked up (nor copied). */
    private final Lexicon lexicon = new Lexicon();
    private final RecentlyComputed<String, Tokens> recentSplits = RecentlyComputed.byEquality();
    private final Map<TermKind, List<Term>> byKind = new EnumMap<>(TermKind.class);

    /** Adds a term; with {@code plurals}, its last word also matches with "s" or "es" added. */
    void add(Term term, boolean plurals) {
        byKind.computeIfAbsent(term.kind(), k -> new ArrayList<>()).add(term);
        Tokens tokens = Tokens.of(term.text());
        if (tokens.size() == 0) {
            throw new IllegalArgumentException("term '" + term.text() + "' has no letters or digits");
        }
        boolean abbreviation = isAbbreviation(term.text());
        insert(tokens, new Compiled(term, tokens, abbreviation), null);
        if (plurals && !abbreviation) {
            insert(tokens, new Compiled(term, tokens, false), "s");
            insert(tokens, new Compiled(term, tokens, false), "es");
        }
    }

    List<Term> terms(TermKind kind) {
        return List.copyOf(byKind.getOrDefault(kind, List.of()));
    }

    List<TermMatch> find(CharSequence text, Set<TermKind> kinds) {
        Tokens tokens = tokens(text);
        List<TermMatch> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            collect(text, tokens, i, kinds, candidates);
        }
        return leftmostLongestPerKind(candidates);
    }

    /**
     * The words of a text, split once for the several lookups a reader makes in turn on one text (its topics, its
     * components, its delivery...): each thread keeps the texts it split lately. Tokens do not change once split.
     */
    private Tokens tokens(CharSequence text) {
        Tokens tokens = recentSplits.get(text.toString(), this::split);
        return tokens.splitFor(lexicon) ? tokens : split(text); // a term added since: split anew, uncached
    }

    private Tokens split(CharSequence text) {
        return Tokens.of(text, lexicon);
    }

    private void collect(CharSequence text, Tokens tokens, int first, Set<TermKind> kinds, List<TermMatch> out) {
        Node node = root;
        for (int j = first; j < tokens.size(); j++) {
            String word = tokens.folded(j);
            node = word == null ? null : node.next.get(word);
            if (node == null) {
                return;
            }
            for (Compiled compiled : node.terminals) {
                if (kinds.contains(compiled.term.kind()) && compiled.accepts(text, tokens, first)) {
                    int start = tokens.start(first);
                    int end = tokens.end(j);
                    out.add(new TermMatch(compiled.term, start, end, text.subSequence(start, end).toString()));
                }
            }
        }
    }

    private static List<TermMatch> leftmostLongestPerKind(List<TermMatch> candidates) {
        if (candidates.isEmpty()) {
            return candidates; // most lookups find nothing: nothing to sort or keep
        }
        candidates.sort(LEFTMOST_LONGEST);
        TermMatch[] lastTaken = new TermMatch[KINDS]; // by kind: an array, as a lookup may run for every block of a page
        List<TermMatch> taken = new ArrayList<>(candidates.size());
        for (TermMatch match : candidates) {
            TermMatch last = lastTaken[match.kind().ordinal()];
            boolean sameSpan = last != null && last.start() == match.start() && last.end() == match.end();
            if (last == null || match.start() >= last.end() || (sameSpan && !sameValue(taken, match))) {
                taken.add(match);
                lastTaken[match.kind().ordinal()] = match;
            }
        }
        return taken;
    }

    private static boolean sameValue(List<TermMatch> taken, TermMatch match) {
        for (int i = taken.size() - 1; i >= 0 && taken.get(i).start() == match.start(); i--) {
            TermMatch other = taken.get(i);
            if (other.kind() == match.kind() && other.value().equals(match.value()) && other.end() == match.end()) {
                return true;
            }
        }
        return false;
    }

    private void insert(Tokens tokens, Compiled compiled, String suffix) {
        Node node = root;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.folded(i);
            if (suffix != null && i == tokens.size() - 1) {
                if (!Character.isLetter(word.charAt(word.length() - 1))) {
                    return;
                }
                word = word + suffix;
            }
            node = node.next.computeIfAbsent(lexicon.add(word), w -> new Node());
        }
        node.terminals.add(compiled);
    }

    /** Capitals only, at most four letters ("CDA", "IN", "RS/C", "B.A."): an abbreviation. */
    static boolean isAbbreviation(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0 && letters <= ABBREVIATION_MAX_LETTERS;
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Compiled> terminals = new ArrayList<>(1);
    }

    /** A term as the trie holds it: its words, where it has hard breaks, whether it is an abbreviation. */
    private static final class Compiled {
        final Term term;
        final String[] written;
        final boolean[] hardBefore;
        final boolean abbreviation;

        Compiled(Term term, Tokens tokens, boolean abbreviation) {
            this.term = term;
            this.abbreviation = abbreviation;
            this.written = new String[tokens.size()];
            this.hardBefore = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                written[i] = tokens.written(i);
                hardBefore[i] = tokens.hardBefore(i);
            }
        }

        /** The words already match; check breaks, and capitals for an abbreviation. */
        boolean accepts(CharSequence text, Tokens tokens, int first) {
            for (int k = 1; k < written.length; k++) {
                if (tokens.hardBefore(first + k) && !hardBefore[k]) {
                    return false;
                }
            }
            if (!abbreviation) {
                return true;
            }
            for (int k = 0; k < written.length; k++) {
                if (!written[k].equals(tokens.written(first + k))) {
                    return false;
                }
            }
            return !inCapitalsLine(text, tokens.start(first), tokens.end(first + written.length - 1));
        }

        /** An abbreviation inside a line written in capitals ("PROGRAMS IN MICHIGAN") is just a word. */
        private static boolean inCapitalsLine(CharSequence text, int start, int end) {
            int from = Math.max(0, start - 40);
            int to = Math.min(text.length(), end + 40);
            int letters = 0;
            int capitals = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (i >= start && i < end) {
                    continue;
                }
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        capitals++;
                    }
                }
            }
            return letters >= 12 && capitals * 10 >= letters * 8;
        }
    }

    static Set<TermKind> all() {
        return EnumSet.allOf(TermKind.class);
    }
}
