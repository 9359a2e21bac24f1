package org.imhfinder.normalize.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which begins with one of a few words ("deadline", "apply by", a digit or a
 * number's word). A search reads the text once for those words ({@link Literals.Words}) and tries the
 * pattern only where one of them begins. A plain search tries the pattern at every position of the
 * text, and on the long texts of a page that was most of extraction's pattern time.
 *
 * <p>It finds what {@code pattern.matcher(text).find()} finds. The pattern is tried at each position
 * in turn, with transparent bounds, so {@code \b} and look-behinds still see the text before it.
 * The words must cover every way a match can begin. Case does not matter, so listing a word in lower
 * case is enough whether or not the pattern ignores case.
 */
public final class Prefiltered {
    private final Pattern pattern;
    private final Literals.Words starts;

    private Prefiltered(Pattern pattern, Literals.Words starts) {
        this.pattern = pattern;
        this.starts = starts;
    }

    /** {@code starts}: in lower case, a word each match begins with (any one of them). */
    public static Prefiltered of(Pattern pattern, String... starts) {
        return new Prefiltered(pattern, Literals.words(starts));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The first match, as {@code find()} would give it: a matcher on it, or null when there is none. */
    public Matcher find(String text) {
        Matcher m = null;
        int end = text.length();
        for (int at = starts.indexIn(text, 0, end); at >= 0; at = starts.indexIn(text, at + 1, end)) {
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(at, end);
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** True when the pattern occurs in the text. */
    public boolean in(String text) {
        return find(text) != null;
    }
}
