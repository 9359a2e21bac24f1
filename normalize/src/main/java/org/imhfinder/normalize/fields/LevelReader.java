package org.imhfinder.normalize.fields;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[:.\\s]+$");
    private static final int TRACK_WINDOW = 50;

    /** A bare Roman numeral in brackets after a level's name: "Infant Family Associate (I)". */
    private static final Pattern BARE_NUMERAL = Pattern.compile("\\(\\s*(IV|III|II|I)\\s*\\)");
    /** The word for a bare numeral when the program's text numbers no level in words: the Endorsement's usual one. */
    private static final String DEFAULT_WORD = "Level";
    private static final int MAX_KICKER = 30;
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

    private final Vocabulary vocabulary;
    private final LevelDesignations designations;
    /** Each rank's short name, the words its levels share on every track ("family associate"), and its levels. */
    private final Map<String, List<EndorsementLevel>> shortNames = new LinkedHashMap<>();

    public LevelReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.designations = new LevelDesignations(vocabulary);
        Map<String, List<EndorsementLevel>> ranks = new LinkedHashMap<>();
        vocabulary.levels().stream().filter(l -> l.number() != null && !l.addOn() && !designations.isDesignation(l))
                .forEach(l -> ranks.computeIfAbsent(l.family() + "#" + l.number(), r -> new java.util.ArrayList<>()).add(l));
        ranks.values().stream().filter(levels -> levels.size() > 1)
                .forEach(levels -> commonEnd(levels).ifPresent(name -> shortNames.put(name, levels)));
    }

    /** The words every level's name ends with, at least two: "Family Associate" of IFA, ECFA and I/ECFA. */
    private static Optional<String> commonEnd(List<EndorsementLevel> levels) {
        List<String[]> words = levels.stream().map(l -> l.name().toLowerCase(Locale.ROOT).split("[\\s/]+")).toList();
        int shortest = words.stream().mapToInt(w -> w.length).min().orElse(0);
        int common = 0;
        while (common < shortest) {
            int k = common;
            String word = words.get(0)[words.get(0).length - 1 - k];
            if (words.stream().allMatch(w -> w[w.length - 1 - k].equals(word))) {
                common++;
            } else {
                break;
            }
        }
        if (common < 2) {
            return Optional.empty();
        }
        String[] first = words.get(0);
        return Optional.of(String.join(" ", java.util.Arrays.copyOfRange(first, first.length - common, first.length)));
    }

    /** The designations of levels (the Mentor's paths), as the vocabulary defines them. */
    public LevelDesignations designations() {
        return designations;
    }

    /** A level and the number the text gave it, if any. */
    public record Reading(EndorsementLevel level, LevelNumber number) {
        /** "Infant Family Specialist (Category II)", or the canonical name alone. */
        public String text() {
            return number == null ? level.name() : level.name() + " (" + numbering() + ")";
        }

        /** The provider's numbering with a Roman numeral ("Category II"), or null when the text gave none. */
        public String numbering() {
            if (number == null) {
                return null;
            }
            String word = number.word().substring(0, 1).toUpperCase(Locale.ROOT) + number.word().substring(1).toLowerCase(Locale.ROOT);
            return word + " " + number.roman();
        }
    }

    /** The one level the text names; empty when it names none or several different ones. */
    public Optional<Reading> named(String text) {
        Map<String, Integer> ends = new LinkedHashMap<>();
        List<TermMatch> matches = vocabulary.find(text, TermKind.ENDORSEMENT_LEVEL);
        for (TermMatch match : matches) {
            ends.put(match.value(), match.end());
        }
        Optional<String> id = ends.size() == 1 ? Optional.of(ends.keySet().iterator().next())
                : combined(ends.keySet()).or(() -> pairedHalves(text, matches));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        int end = ends.getOrDefault(id.get(), matches.get(matches.size() - 1).end());
        EndorsementLevel level = designations.level(vocabulary.level(id.get()).orElseThrow(), text, end);
        List<LevelNumber> numbers = vocabulary.levelNumbers(text);
        return Optional.of(new Reading(level, numbers.isEmpty() ? null : numbers.get(0)));
    }

    /**
     * The combined-track level of a text that names it beside its two single-track halves:
     * "Infant/Early Childhood Family Associate (IFA/ECFA)" is the combined level, not three levels.
     */
    private Optional<String> combined(Set<String> ids) {
        List<EndorsementLevel> found = ids.stream().map(vocabulary::level).flatMap(Optional::stream).toList();
        List<EndorsementLevel> both = found.stream().filter(l -> l.track() == Track.INFANT_EARLY_CHILDHOOD).toList();
        if (both.size() != 1 || both.get(0).number() == null) {
            return Optional.empty();
        }
        EndorsementLevel level = both.get(0);
        boolean halves = found.stream().filter(l -> l != level).allMatch(l -> l.family().equals(level.family())
                && level.number().equals(l.number()) && !l.addOn()
                && (l.track() == Track.INFANT || l.track() == Track.EARLY_CHILDHOOD));
        return halves ? Optional.of(level.id()) : Optional.empty();
    }

    /**
     * The combined-track level of a label that pairs its two halves with a slash, "IFS/ECFS" or
     * "Mental Health Mentor – Clinical (IMHM-C / ECMHM-C)": one category for both age ranges.
     */
    private Optional<String> pairedHalves(String text, List<TermMatch> matches) {
        for (int i = 1; i < matches.size(); i++) {
            TermMatch first = matches.get(i - 1);
            TermMatch second = matches.get(i);
            if (!first.value().equals(second.value()) && second.start() >= first.end()
                    && SLASH.matcher(text.substring(first.end(), second.start())).matches()) {
                return combinedOf(first.value(), second.value()).filter(id -> sameRank(id, matches));
            }
        }
        return Optional.empty();
    }

    /** True when every level the text names is of the given level's rank (its family and number). */
    private boolean sameRank(String id, List<TermMatch> matches) {
        EndorsementLevel level = vocabulary.level(id).orElseThrow();
        return matches.stream().map(m -> vocabulary.level(m.value())).flatMap(Optional::stream)
                .allMatch(l -> l.family().equals(level.family()) && level.number().equals(l.number()));
    }

    /** The combined-track level of two halves of one rank, one on each single track. */
    private Optional<String> combinedOf(String first, String second) {
        Optional<EndorsementLevel> a = vocabulary.level(first);
        Optional<EndorsementLevel> b = vocabulary.level(second);
        if (a.isEmpty() || b.isEmpty() || a.get().addOn() || b.get().addOn() || a.get().number() == null
                || !a.get().family().equals(b.get().family()) || !a.get().number().equals(b.get().number())
                || !halves(a.get().track(), b.get().track())) {
            return Optional.empty();
        }
        return vocabulary.levelByNumber(a.get().family(), a.get().number(), Track.INFANT_EARLY_CHILDHOOD).map(EndorsementLevel::id);
    }

    private static boolean halves(Track a, Track b) {
        return a == Track.INFANT && b == Track.EARLY_CHILDHOOD || a == Track.EARLY_CHILDHOOD && b == Track.INFANT;
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

    /**
     * A level named by its rank's short name alone, as many Endorsement pages head their categories
     * ("Family Associate", "Mental Health Mentor – Policy"): the rank's level on the track the page
     * names, else the infant one (the Endorsement's own). The short names are what the vocabulary's
     * levels of one rank share on every track, so no list of them is kept here.
     */
    public Optional<Reading> shortNamed(String text, Track pageTrack) {
        String bare = SPACES.matcher(PARENTHESES.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
        String lower = bare.toLowerCase(Locale.ROOT);
        Track track = pageTrack == null ? Track.INFANT : pageTrack;
        for (Map.Entry<String, List<EndorsementLevel>> rank : shortNames.entrySet()) {
            String name = rank.getKey();
            boolean starts = lower.startsWith(name) && (lower.length() == name.length() || !Character.isLetter(lower.charAt(name.length())));
            Optional<EndorsementLevel> level = rank.getValue().stream().filter(l -> l.track() == track).findFirst();
            if (starts && level.isPresent()) {
                List<LevelNumber> numbers = vocabulary.levelNumbers(text);
                return Optional.of(new Reading(designations.level(level.get(), bare, name.length()), numbers.isEmpty() ? null : numbers.get(0)));
            }
        }
        return Optional.empty();
    }

    /**
     * The reading with its numbering when the name gives none but the page does: a heading of its own
     * just before the name ("Category 1" over "Infant Family Associate"), or a bare numeral after the
     * name ("Infant Family Associate (I)"), written with the word the program's text numbers levels
     * with ("Level II, III or IV"), else "Level". A number that is not the level's own is not its numbering.
     */
    public Reading withNumbering(Reading reading, String name, String before, String context) {
        if (reading.number() != null) {
            return reading;
        }
        Optional<LevelNumber> number = kicker(before).or(() -> bareNumeral(name, context));
        return number.filter(n -> reading.level().number() == null || reading.level().number() == n.number())
                .map(n -> new Reading(reading.level(), n)).orElse(reading);
    }

    /** A short text that is only a level's number: "Category 1", "Level II:". */
    private Optional<LevelNumber> kicker(String before) {
        if (before == null || before.isBlank() || before.length() > MAX_KICKER) {
            return Optional.empty();
        }
        String trimmed = TRAILING_MARKS.matcher(before.trim()).replaceAll("");
        List<LevelNumber> numbers = vocabulary.levelNumbers(trimmed);
        return numbers.size() == 1 && numbers.get(0).text().equals(trimmed) ? Optional.of(numbers.get(0)) : Optional.empty();
    }

    private Optional<LevelNumber> bareNumeral(String name, String context) {
        Matcher m = BARE_NUMERAL.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        List<LevelNumber> worded = context == null ? List.of() : vocabulary.levelNumbers(context);
        String word = worded.isEmpty() ? DEFAULT_WORD : worded.get(0).word();
        int number = m.group(1).equals("IV") ? 4 : m.group(1).length();
        return Optional.of(new LevelNumber(word, number, m.start(), m.end(), m.group()));
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
