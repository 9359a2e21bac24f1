package org.imhfinder.normalize.fields;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.schema.Topic;
import org.imhfinder.schema.Track;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/** The enumerated fields a text states through vocabulary terms: credential, track, delivery, topics, components, audience. */
public final class TermReader {
    /** When a name holds several credential words, the most specific wins. */
    private static final List<Credential> SPECIFICITY = List.of(Credential.POST_GRADUATE_CERTIFICATE,
            Credential.GRADUATE_CERTIFICATE, Credential.DEGREE, Credential.FELLOWSHIP, Credential.ENDORSEMENT,
            Credential.COURSE, Credential.CERTIFICATE);

    /** What a participant does for others, or learns about, rather than a part of the program. */
    private static final java.util.regex.Pattern PROVIDED = java.util.regex.Pattern.compile(
            "(?i)(\\b(provid\\w*|offer\\w*|deliver\\w*|teach\\w*|lead\\w*|facilitat\\w*)\\b[^,;]{0,25}"
                    + "|\\b(training|courses?|class\\w*|workshops?)\\s+(in|on|about)\\s+)$");

    private static final java.util.regex.Pattern LABEL_END = java.util.regex.Pattern.compile("[:\\-\u2013\u2014*]+\\s*$");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    private final Vocabulary vocabulary;

    public TermReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Optional<Credential> credential(String name) {
        Set<Credential> found = EnumSet.noneOf(Credential.class);
        vocabulary.find(name, TermKind.CREDENTIAL).forEach(m -> found.add(Credential.valueOf(m.value())));
        return SPECIFICITY.stream().filter(found::contains).findFirst();
    }

    public Optional<Track> track(String name) {
        return vocabulary.find(name, TermKind.TRACK).stream().findFirst().map(m -> Track.valueOf(m.value()));
    }

    /** HYBRID when the text says so, or names both online and in-person delivery. */
    public Optional<Delivery> delivery(String text) {
        Set<Delivery> found = EnumSet.noneOf(Delivery.class);
        vocabulary.find(text, TermKind.DELIVERY).forEach(m -> found.add(Delivery.valueOf(m.value())));
        if (found.contains(Delivery.HYBRID) || found.containsAll(EnumSet.of(Delivery.ONLINE, Delivery.IN_PERSON))) {
            return Optional.of(Delivery.HYBRID);
        }
        return found.stream().findFirst();
    }

    public Set<Topic> topics(String text) {
        Set<Topic> found = EnumSet.noneOf(Topic.class);
        vocabulary.find(text, TermKind.TOPIC).forEach(m -> found.add(Topic.valueOf(m.value())));
        return found;
    }

    /**
     * Components the text includes or requires, clause by clause; a waived clause ("not required") adds
     * nothing, nor does what a participant does for others ("experience providing reflective supervision").
     */
    public Set<ProgramComponent> components(String text) {
        Set<ProgramComponent> found = EnumSet.noneOf(ProgramComponent.class);
        for (String sentence : Clauses.sentences(text)) {
            for (String clause : Clauses.clauses(sentence)) {
                if (Clauses.waives(clause)) {
                    continue;
                }
                for (TermMatch match : vocabulary.find(clause, TermKind.COMPONENT)) {
                    if (!PROVIDED.matcher(clause.substring(0, match.start())).find()) {
                        found.add(ProgramComponent.valueOf(match.value()));
                    }
                }
            }
        }
        return found;
    }

    public Set<String> audience(String text) {
        Set<String> found = new LinkedHashSet<>();
        vocabulary.find(text, TermKind.AUDIENCE).forEach(m -> found.add(m.value()));
        return found;
    }

    /** The field label group a label names ("education", "training"...), if it is mostly that label. */
    public Optional<String> label(String label) {
        String trimmed = LABEL_END.matcher(label).replaceAll("").trim();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            return Optional.empty();
        }
        int letters = NOT_LETTER.matcher(trimmed).replaceAll("").length();
        return vocabulary.find(trimmed, TermKind.FIELD_LABEL).stream()
                .filter(m -> coverage(m) * 2 >= letters)
                .max(java.util.Comparator.comparingInt(TermMatch::length))
                .map(TermMatch::value);
    }

    private static int coverage(TermMatch match) {
        return NOT_LETTER.matcher(match.text()).replaceAll("").length();
    }
}
