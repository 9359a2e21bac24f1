package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Programs named in a sentence: a capitalised name around a credential ("its Infant Psychiatry Fellowship",
 * "the Certificate Program in Infant and Early Childhood Mental Health Consultation"). Two programs named
 * together share what follows the second: "a Postdoctoral Fellowship and a Community Fellowship in Infant
 * and Early Childhood Mental Health" are the Postdoctoral and the Community Fellowship in that field. A
 * credential written in lower case ("post-doctoral fellowships") names a kind, not a program.
 */
final class ProseNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|An|Its|Our)\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.:]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019&+.:-]*");
    private static final Set<String> JOINING = Set.of("and", "of", "in", "&", "for", "on");
    private static final Set<String> COMPLEMENT = Set.of("in", "of", "for", "on");
    private static final Pattern COORDINATED = Pattern.compile("^[ \\t]+and[ \\t]+(?:an?|the|its|their)?[ \\t]*$");
    private static final int MAX_WORDS = 16;
    private static final int MAX_PREFIX = 120;
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?:[A-Z0-9][\\p{L}\\p{N}'\u2019&+.:-]*[ \\t]+)+$");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G([ \\t]+)(" + WORD.pattern() + ")");

    private final Vocabulary vocabulary;

    ProseNames(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<String> find(String text) {
        List<int[]> spans = new ArrayList<>();
        for (TermMatch credential : vocabulary.find(text, TermKind.CREDENTIAL)) {
            if (!Character.isUpperCase(credential.text().charAt(0)) || overlaps(spans, credential.start())) {
                continue;
            }
            int start = leftEdge(text, credential.start());
            int end = rightEdge(text, credential.end());
            spans.add(new int[] {start, end, credential.end()});
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String name = text.substring(span[0], span[1]);
            if (span[1] == span[2] && i + 1 < spans.size()) {
                int[] next = spans.get(i + 1);
                if (next[1] > next[2] && COORDINATED.matcher(text.substring(span[1], next[0])).matches()) {
                    name = name + text.substring(next[2], next[1]); // the complement both share
                }
            }
            if (!name.contains("\n") && SPACES.split(name).length >= 2 && SPACES.split(name).length <= MAX_WORDS) {
                names.add(TRAILING_MARKS.matcher(LEADING_ARTICLE.matcher(name).replaceFirst("")).replaceFirst(""));
            }
        }
        return names;
    }

    /** Back over the capitalised words before the credential. */
    private static int leftEdge(String text, int start) {
        Matcher before = CAPITALISED_BEFORE.matcher(text.substring(Math.max(0, start - MAX_PREFIX), start));
        return before.find() ? start - (before.end() - before.start()) : start;
    }

    /** On over "in", "of"... and the capitalised words of the program's subject. */
    private static int rightEdge(String text, int end) {
        Matcher words = NEXT_WORD.matcher(text);
        int edge = end;
        int at = end;
        boolean complement = false;
        while (words.find(at)) {
            String word = words.group(2);
            boolean joining = JOINING.contains(word);
            if (!joining && !Character.isUpperCase(word.charAt(0))) {
                break;
            }
            complement |= COMPLEMENT.contains(word);
            at = words.end();
            if (!joining && complement) {
                edge = at;
            }
            if (!joining && !complement) {
                break;
            }
        }
        return edge;
    }

    private static boolean overlaps(List<int[]> spans, int at) {
        return spans.stream().anyMatch(s -> at >= s[0] && at < s[1]);
    }
}
