package org.imhfinder.searchapi.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imhfinder.vocabulary.Term;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Corrects a query word the domain does not know to the one domain word it is a typo of ("endorsment",
 * "psycotherapy", "Masachusetts"), so the strict search reads it as meant. The dictionary is every word
 * of the shared vocabulary (levels, credentials, topics, states, cities, ...) and of the query phrasing.
 * Conservative by design: only words of five letters or more, at most one edit (two from nine letters
 * on; an edit is an insertion, deletion, substitution or swap of neighbours), and only when exactly one
 * dictionary word is that close. Anything else is left as typed, for the relaxed search's fuzzy match.
 */
final class Spelling {
    private static final int MIN_LENGTH = 5;
    private final Set<String> known = new HashSet<>();
    private final Map<Integer, List<String>> byLength = new HashMap<>();

    Spelling(Vocabulary vocabulary, QueryPhrasing phrasing) {
        for (TermKind kind : TermKind.values()) {
            for (Term term : vocabulary.terms(kind)) {
                for (String word : term.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    add(word);
                }
            }
        }
        vocabulary.levels().forEach(l -> List.of(l.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).forEach(this::add));
        phrasing.function().forEach(this::add);
        phrasing.generic().forEach(this::add);
        phrasing.synonyms().keySet().forEach(this::add);
        phrasing.requests().forEach(p -> p.forEach(this::add));
    }

    private void add(String word) {
        if (!word.isEmpty() && known.add(word)) {
            byLength.computeIfAbsent(word.length(), n -> new ArrayList<>()).add(word);
        }
    }

    /** The word as the domain writes it, or empty when it is known, too short, or not one word's typo. */
    java.util.Optional<String> correct(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_LENGTH || !lower.chars().allMatch(Character::isLetter) || isKnown(lower)) {
            return java.util.Optional.empty();
        }
        int allowed = lower.length() >= 9 ? 2 : 1;
        for (int edits = 1; edits <= allowed; edits++) {
            List<String> found = new ArrayList<>();
            for (int length = lower.length() - edits; length <= lower.length() + edits; length++) {
                for (String candidate : byLength.getOrDefault(length, List.of())) {
                    if (distance(lower, candidate, edits) <= edits) {
                        found.add(candidate);
                    }
                }
            }
            if (found.size() == 1) {
                return java.util.Optional.of(found.get(0));
            }
            if (found.size() > 1) {
                return java.util.Optional.empty(); // ambiguous: leave it to the fuzzy match
            }
        }
        return java.util.Optional.empty();
    }

    private boolean isKnown(String word) {
        return known.contains(word) || known.contains(word + "s") || known.contains(word + "es")
                || word.endsWith("s") && known.contains(word.substring(0, word.length() - 1))
                || word.endsWith("es") && known.contains(word.substring(0, word.length() - 2));
    }

    /** Optimal string alignment distance, giving up past {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
