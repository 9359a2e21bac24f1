package org.imhfinder.normalize.naming;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.Vocabulary;
import org.jsoup.nodes.Element;

/**
 * The name a page gives its program in full further down, when its main heading is a short form:
 * "Postdoctoral Fellowship" over "Postdoctoral Fellowship in Infant and Early Childhood Mental Health",
 * "CERTIFICATE INFORMATION" over "Infant and Early Childhood Mental Health Certificate". A page's title
 * heading often names the program the way its department's menu does; the full name, which says
 * what the program is about, is the one a person searching a directory reads. A later heading is the
 * full name when it has every word of the short one and adds what the short one does not say: the
 * program's field (a track of the vocabulary), what it awards or the degree it is ("Master's in ...").
 * A short name that already says both its field and what it awards is kept; questions are never names.
 */
public final class FullerName {
    private static final int MAX_LENGTH = 150;
    /** What a full name says that a short one may not: the program's field, what it awards, the degree it is. */
    private static final List<TermKind> SAYS_WHAT = List.of(TermKind.TRACK, TermKind.CREDENTIAL, TermKind.EDUCATION);

    private final Vocabulary vocabulary;
    private final NameCleaner cleaner;

    public FullerName(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.cleaner = new NameCleaner(vocabulary);
    }

    /** The fuller name among the headings after {@code nameElement} in {@code content}, else {@code name}. */
    public String of(String name, Element nameElement, Element content) {
        Set<TermKind> lacking = EnumSet.noneOf(TermKind.class);
        for (TermKind kind : SAYS_WHAT) {
            if (vocabulary.find(name, kind).isEmpty()) {
                lacking.add(kind);
            }
        }
        if (nameElement == null || content == null || !lacking.contains(TermKind.TRACK) && !lacking.contains(TermKind.CREDENTIAL)) {
            return name;
        }
        Set<String> words = NameCleaner.words(cleaner.clean(name, null));
        boolean after = false;
        for (Element heading : content.select("h1, h2, h3, h4")) {
            if (heading == nameElement) {
                after = true;
            } else if (after && fuller(words, lacking, heading.text().trim())) {
                return heading.text().trim();
            }
        }
        return name;
    }

    /** A heading with every word of the name that adds a field, a credential or a degree the name lacks. */
    private boolean fuller(Set<String> words, Set<TermKind> lacking, String heading) {
        if (heading.isEmpty() || heading.endsWith("?") || heading.length() > MAX_LENGTH
                || lacking.stream().allMatch(kind -> vocabulary.find(heading, kind).isEmpty())) {
            return false;
        }
        Set<String> headingWords = NameCleaner.words(cleaner.clean(heading, null));
        return !words.isEmpty() && headingWords.containsAll(words) && headingWords.size() > words.size();
    }
}
