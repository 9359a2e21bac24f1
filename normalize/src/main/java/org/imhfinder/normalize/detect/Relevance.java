package org.imhfinder.normalize.detect;

import java.util.Set;
import java.util.regex.Pattern;
import org.imhfinder.normalize.page.BlockText;
import org.imhfinder.normalize.page.Css;
import org.jsoup.nodes.Element;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Whether a program is about infant and early childhood mental health at all. Provider sites,
 * university catalogues above all, describe other programs too (a general counseling degree);
 * those are programs, but not this directory's. A level of a credential system is always in;
 * otherwise the program's name or text must name the field: its tracks, its core topics, or the ages
 * it serves. A page's program named by a credential and its subject is judged by its name and opening
 * paragraph: a catalogue page mentions the field's other programs, a centre's page its own name.
 */
final class Relevance {
    private static final Set<String> CORE_TOPICS = Set.of("INFANT_PARENT_PSYCHOTHERAPY", "PERINATAL_MENTAL_HEALTH",
            "ATTACHMENT", "EARLY_INTERVENTION", "INFANT_DEVELOPMENT", "DIAGNOSTIC_CLASSIFICATION");
    private static final Pattern AGES = Pattern.compile("(?i)\\b(infants?|infancy|toddlers?|bab(?:y|ies)|newborns?|"
            + "young children|early childhood|birth to (?:three|five|six|3|5|6)|perinatal|prenatal)\\b");

    private static final int OPENING = 80;

    private final Vocabulary vocabulary;

    Relevance(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    boolean isAboutTheField(Candidate candidate) {
        if (!vocabulary.find(candidate.name(), TermKind.ENDORSEMENT_LEVEL).isEmpty() || namesTheField(candidate.name())) {
            return true;
        }
        if (candidate.kind() == Candidate.Kind.PAGE && !vocabulary.find(candidate.name(), TermKind.CREDENTIAL).isEmpty()) {
            // "Post-Baccalaureate Certificate in ... Autism Intervention": a program named by its subject is judged by
            // its name and its opening paragraph, not by the catalogue's other programs or the site's name around it
            return namesTheField(opening(candidate));
        }
        StringBuilder text = new StringBuilder(candidate.name());
        candidate.scope().forEach(e -> text.append('\n').append(BlockText.of(e)));
        candidate.labelled().forEach(l -> text.append('\n').append(l.value()));
        if (candidate.structured() != null) {
            text.append('\n').append(candidate.structured().data().toString());
        }
        return namesTheField(text.toString());
    }

    private boolean namesTheField(String text) {
        if (AGES.matcher(text).find()) {
            return true;
        }
        for (TermMatch match : vocabulary.find(text, TermKind.TRACK, TermKind.TOPIC)) {
            if (match.kind() == TermKind.TRACK || CORE_TOPICS.contains(match.value())) {
                return true;
            }
        }
        return false;
    }

    /** The program's first paragraph of prose. */
    private static String opening(Candidate candidate) {
        for (Element root : candidate.scope()) {
            for (Element p : root.select(Css.of("p"))) {
                if (p.text().length() >= OPENING && p.closest(Css.of("table")) == null) {
                    return p.text();
                }
            }
        }
        return "";
    }
}
