package org.imhfinder.normalize.detect;

import java.util.Set;
import java.util.regex.Pattern;
import org.imhfinder.normalize.page.BlockText;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Whether a program is about infant and early childhood mental health at all. Provider sites,
 * university catalogues above all, describe other programs too (a general counseling degree);
 * those are programs, but not this directory's. A level of a credential system is always in;
 * otherwise the program's text must name the field: its tracks, its core topics, or the ages it serves.
 */
final class Relevance {
    private static final Set<String> CORE_TOPICS = Set.of("INFANT_PARENT_PSYCHOTHERAPY", "PERINATAL_MENTAL_HEALTH",
            "ATTACHMENT", "EARLY_INTERVENTION", "INFANT_DEVELOPMENT", "DIAGNOSTIC_CLASSIFICATION");
    private static final Pattern AGES = Pattern.compile("(?i)\\b(infants?|infancy|toddlers?|bab(?:y|ies)|newborns?|"
            + "young children|early childhood|birth to (?:three|five|six|3|5|6)|perinatal|prenatal)\\b");

    private final Vocabulary vocabulary;

    Relevance(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    boolean isAboutTheField(Candidate candidate) {
        StringBuilder text = new StringBuilder(candidate.name());
        candidate.scope().forEach(e -> text.append('\n').append(BlockText.of(e)));
        candidate.labelled().forEach(l -> text.append('\n').append(l.value()));
        if (candidate.structured() != null) {
            text.append('\n').append(candidate.structured().data().toString());
        }
        String all = text.toString();
        if (!vocabulary.find(candidate.name(), TermKind.ENDORSEMENT_LEVEL).isEmpty() || AGES.matcher(all).find()) {
            return true;
        }
        for (TermMatch match : vocabulary.find(all, TermKind.TRACK, TermKind.TOPIC)) {
            if (match.kind() == TermKind.TRACK || CORE_TOPICS.contains(match.value())) {
                return true;
            }
        }
        return false;
    }
}
