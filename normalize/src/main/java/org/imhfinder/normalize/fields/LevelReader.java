package org.imhfinder.normalize.fields;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.imhfinder.schema.Track;
import org.imhfinder.vocabulary.EndorsementLevel;
import org.imhfinder.vocabulary.LevelNumber;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * The Endorsement level (or other credential level) a program's name states: by any of its names
 * ("Infant Family Specialist", "IFS", "FS", "Early Childhood Family Specialist"), or by its number
 * alone ("Level II", "Category 3") where the caller knows the program is an Endorsement. The level
 * text is the canonical name with the page's own numbering: "Infant Family Specialist (Category II)".
 */
public final class LevelReader {
    private static final int TRACK_WINDOW = 50;

    private final Vocabulary vocabulary;

    public LevelReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A level and the number the text gave it, if any. */
    public record Reading(EndorsementLevel level, LevelNumber number) {
        /** "Infant Family Specialist (Category II)", or the canonical name alone. */
        public String text() {
            if (number == null) {
                return level.name();
            }
            String word = number.word().substring(0, 1).toUpperCase(Locale.ROOT) + number.word().substring(1).toLowerCase(Locale.ROOT);
            return level.name() + " (" + word + " " + number.roman() + ")";
        }
    }

    /** The one level the text names; empty when it names none or several different ones. */
    public Optional<Reading> named(String text) {
        Set<String> ids = new LinkedHashSet<>();
        for (TermMatch match : vocabulary.find(text, TermKind.ENDORSEMENT_LEVEL)) {
            ids.add(match.value());
        }
        if (ids.size() != 1) {
            return Optional.empty();
        }
        EndorsementLevel level = vocabulary.level(ids.iterator().next()).orElseThrow();
        List<LevelNumber> numbers = vocabulary.levelNumbers(text);
        return Optional.of(new Reading(level, numbers.isEmpty() ? null : numbers.get(0)));
    }

    /** A level named only by its number ("Level II"), read as the Endorsement's level on the track the text names. */
    public Optional<Reading> numbered(String text) {
        List<LevelNumber> numbers = vocabulary.levelNumbers(text);
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        LevelNumber number = numbers.get(0);
        Track track = trackBefore(text, number);
        return vocabulary.levelByNumber("alliance", number.number(), track).map(level -> new Reading(level, number));
    }

    /** The track named just before the number, in the same clause ("Early Childhood Level II"); else the infant track. */
    private Track trackBefore(String text, LevelNumber number) {
        String before = text.substring(Math.max(0, number.start() - TRACK_WINDOW), number.start());
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf('.'));
        String near = before.substring(clause + 1);
        return vocabulary.find(near, TermKind.TRACK).stream().reduce((a, b) -> b)
                .map(m -> Track.valueOf(m.value())).orElse(Track.INFANT);
    }

    /** Every distinct level a text names, in order. */
    public Set<String> all(String text) {
        Set<String> ids = new LinkedHashSet<>();
        vocabulary.find(text, TermKind.ENDORSEMENT_LEVEL).forEach(m -> ids.add(m.value()));
        return ids;
    }
}
