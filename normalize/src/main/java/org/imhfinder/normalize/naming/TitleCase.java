package org.imhfinder.normalize.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.vocabulary.Term;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Brings a part of a name written in capitals ("IECMH CERTIFICATE PROGRAM") to title case ("IECMH
 * Certificate Program"), as a person would write it in a directory. Capitals are a style of the page
 * (a banner heading, a theme's CSS), not part of the name. Abbreviations stay in capitals: the
 * vocabulary's own (IECMH, CPP, DC:0-5), words without a vowel (TF-CBT, MSW) and words with digits.
 * A part in mixed case ("ZERO TO THREE Fellowship") is written as the provider wrote it.
 */
final class TitleCase {
    private static final Pattern TRAILING_MARKS = Pattern.compile("[:.]+$");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
            "into", "of", "on", "or", "the", "to", "with", "vs");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019:/.-]*");
    private static final Pattern VOWEL = Pattern.compile("[AEIOUY]");
    private static final int MIN_LETTERS = 4;

    private final Set<String> abbreviations = new HashSet<>();

    TitleCase(Vocabulary vocabulary) {
        for (TermKind kind : TermKind.values()) {
            if (kind == TermKind.REGION) {
                continue; // "IN" and "OR" are words in a heading, not states
            }
            for (Term term : vocabulary.terms(kind)) {
                if (inCapitals(term.text())) {
                    abbreviations.add(term.text().toUpperCase(Locale.ROOT));
                }
            }
        }
    }

    /** The part in title case when all its letters are capitals; otherwise the part as written. */
    String of(String part) {
        if (!inCapitals(part) || letters(part) < MIN_LETTERS) {
            return part;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(part);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            out.append(part, last, m.start()).append(word(m.group(), first));
            last = m.end();
            first = false;
        }
        return out.append(part.substring(last)).toString();
    }

    /** True when the text has letters and none of them is lower case. */
    static boolean inCapitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private String word(String word, boolean first) {
        String bare = TRAILING_MARKS.matcher(word).replaceAll("");
        String tail = word.substring(bare.length());
        if (isAbbreviation(bare)) {
            return word;
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        if (!first && SMALL_WORDS.contains(lower)) {
            return lower + tail;
        }
        return capitalizeParts(lower) + tail;
    }

    private boolean isAbbreviation(String word) {
        return abbreviations.contains(word) || word.chars().anyMatch(Character::isDigit)
                || (word.chars().filter(Character::isLetter).count() >= 2 && !VOWEL.matcher(word).find());
    }

    /** "child-parent" -> "Child-Parent", "research/faculty" -> "Research/Faculty". */
    private static String capitalizeParts(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            out.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '/';
        }
        return out.toString();
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }
}
