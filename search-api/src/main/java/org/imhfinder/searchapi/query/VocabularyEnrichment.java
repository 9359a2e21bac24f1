package org.imhfinder.searchapi.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.vocabulary.Term;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Reads queries with the project's shared vocabulary (the one normalize reads pages with): a
 * state by name or capitalised code, a delivery mode, a topic or component by name or
 * abbreviation ("CPP", "RS/C"), a credential, an education level ("bachelor's"). Each becomes a
 * {@link Concept} with the phrases a page may use for it; the rest of the query stays text.
 * Where words could mean two things the longer reading wins ("DC:0-5" is a topic, not a state).
 */
public final class VocabularyEnrichment implements QueryEnrichment {
    private static final Map<TermKind, String> PARAMETERS = Map.of(
            TermKind.REGION, "region", TermKind.DELIVERY, "delivery", TermKind.TOPIC, "topic",
            TermKind.COMPONENT, "component", TermKind.CREDENTIAL, "credential", TermKind.EDUCATION, "education");
    private static final int MAX_PHRASES = 8;

    private final Vocabulary vocabulary;

    public VocabularyEnrichment(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Interpretation interpret(String q) {
        List<TermMatch> matches = Vocabulary.withoutOverlaps(vocabulary.find(q, TermKind.REGION, TermKind.DELIVERY,
                TermKind.TOPIC, TermKind.COMPONENT, TermKind.CREDENTIAL, TermKind.EDUCATION));
        List<Concept> concepts = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int from = 0;
        TermMatch previous = null;
        for (TermMatch match : matches) {
            Concept concept = new Concept(PARAMETERS.get(match.kind()), match.value(), match.text(), phrases(match));
            if (previous != null && previous.start() == match.start() && previous.end() == match.end()) {
                concepts.set(concepts.size() - 1, concepts.get(concepts.size() - 1).withAlternative(concept));
            } else {
                concepts.add(concept);
            }
            previous = match;
            if (match.start() >= from) { // one span may carry two meanings ("reflective supervision")
                rest.append(q, from, match.start()).append(' ');
            }
            from = Math.max(from, match.end());
        }
        rest.append(q.substring(from));
        return new Interpretation(rest.toString().replaceAll("\\s+", " ").trim(), distinct(concepts));
    }

    /** How a page may say it: the words as typed, the state's name, the vocabulary's other ways (not abbreviations). */
    private List<String> phrases(TermMatch match) {
        Set<String> phrases = new LinkedHashSet<>();
        if (match.kind() == TermKind.REGION) {
            vocabulary.regionName(match.value()).ifPresent(phrases::add);
        } else {
            phrases.add(match.text());
        }
        for (Term term : vocabulary.terms(match.kind())) {
            if (phrases.size() >= MAX_PHRASES) {
                break;
            }
            if (term.value().equals(match.value()) && !isAbbreviation(term.text())) {
                phrases.add(term.text());
            }
        }
        return List.copyOf(phrases);
    }

    private static List<Concept> distinct(List<Concept> concepts) {
        Map<String, Concept> byClause = new java.util.LinkedHashMap<>();
        concepts.forEach(c -> byClause.putIfAbsent(c.clauseName(), c));
        return List.copyOf(byClause.values());
    }

    private static boolean isAbbreviation(String text) {
        return text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
