package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.imhfinder.normalize.fields.LevelReader;
import org.imhfinder.schema.Track;
import org.imhfinder.vocabulary.EndorsementLevel;
import org.imhfinder.vocabulary.LevelNumber;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * One program per level, when a page names several levels in one place. Across a page (and the PDFs it
 * links), the programs found by a heading, a list item, a table row or a PDF column are resolved together:
 * <ul>
 *   <li>"Infant Family Specialist and Infant Family Reflective Supervisor: ..." is both levels;</li>
 *   <li>"Family Associate (IFA / ECFA)", a level's infant and early childhood forms side by side, is both
 *       when the page names either apart (a section each), else the combined level ("Infant/Early
 *       Childhood Family Associate") such a label stands for;</li>
 *   <li>"Infant/Early Childhood Family Associate (IFA/ECFA)" is the combined level its abbreviations restate;</li>
 *   <li>a Mentor level the page also describes in two or more designations (Clinical, Policy...) is those
 *       designations, not a program besides them.</li>
 * </ul>
 * A program resolved from several names is named by its level's canonical name (with the page's numbering
 * and designation), so it gets the same listing id as where the level is named alone.
 */
public final class LevelSplits {
    private static final Map<String, Pattern> DESIGNATIONS = Map.of(
            "Clinical", Pattern.compile("(?i)\\bclinical\\b"),
            "Policy", Pattern.compile("(?i)\\bpolicy\\b"),
            "Research/Faculty", Pattern.compile("(?i)\\b(?:research|faculty)\\b"));
    private static final Map<String, String> SUFFIXES = Map.of("-c", "Clinical", "-p", "Policy", "-rf", "Research/Faculty");
    private static final int MENTOR = 4;

    private final Vocabulary vocabulary;

    public LevelSplits(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The items resolved to one per level; {@code renamed} makes a copy of an item under another name. */
    public <T> List<T> resolve(List<T> items, Function<T, String> name, BiFunction<T, String, T> renamed) {
        Set<String> solo = new HashSet<>();
        for (T item : items) {
            List<EndorsementLevel> levels = levels(name.apply(item));
            if (levels.size() == 1) {
                solo.add(key(levels.get(0), name.apply(item)));
            }
        }
        List<T> out = new ArrayList<>();
        for (T item : items) {
            String text = name.apply(item);
            List<EndorsementLevel> levels = levels(text);
            if (levels.size() == 1 && namedIds(text).size() > 1) {
                out.add(renamed.apply(item, nameOf(levels.get(0), text)));
            } else if (levels.size() <= 1) {
                out.add(item);
            } else {
                split(levels, text, solo).forEach(level -> out.add(renamed.apply(item, nameOf(level, text))));
            }
        }
        return withoutMentorsInDesignations(out, name);
    }

    /** The distinct levels a name names: a combined level stands for its own infant and early childhood forms. */
    List<EndorsementLevel> levels(String name) {
        Set<EndorsementLevel> found = new LinkedHashSet<>();
        namedIds(name).forEach(id -> vocabulary.level(id).ifPresent(found::add));
        List<EndorsementLevel> combined = found.stream().filter(l -> l.track() == Track.INFANT_EARLY_CHILDHOOD).toList();
        found.removeIf(l -> l.track() != Track.INFANT_EARLY_CHILDHOOD && combined.stream().anyMatch(c -> counterparts(c, l)));
        found.removeIf(l -> found.stream().anyMatch(o -> o != l && o.id().startsWith(l.id() + "-")));
        return List.copyOf(found);
    }

    private Set<String> namedIds(String name) {
        Set<String> ids = new LinkedHashSet<>();
        vocabulary.find(name, TermKind.ENDORSEMENT_LEVEL).forEach(m -> ids.add(m.value()));
        return ids;
    }

    /** Several levels named together: each one; an infant and early childhood pair the page names apart nowhere: the combined level. */
    private List<EndorsementLevel> split(List<EndorsementLevel> levels, String text, Set<String> solo) {
        if (levels.size() == 2 && counterparts(levels.get(0), levels.get(1))
                && levels.stream().noneMatch(l -> solo.contains(key(l, text)))) {
            Optional<EndorsementLevel> combined = combined(levels.get(0));
            if (combined.isPresent()) {
                return List.of(combined.get());
            }
        }
        return levels;
    }

    /** Drops a Mentor named without a designation where the page names two or more of its designations. */
    private <T> List<T> withoutMentorsInDesignations(List<T> items, Function<T, String> name) {
        Map<String, Set<String>> designations = new HashMap<>();
        for (T item : items) {
            String text = name.apply(item);
            levels(text).stream().findFirst().filter(LevelSplits::isMentor).ifPresent(level ->
                    designations.computeIfAbsent(base(level), b -> new HashSet<>()).add(designation(level, text)));
        }
        return items.stream().filter(item -> {
            String text = name.apply(item);
            return levels(text).stream().findFirst().filter(LevelSplits::isMentor)
                    .map(level -> !designation(level, text).isEmpty()
                            || designations.get(base(level)).stream().filter(d -> !d.isEmpty()).count() < 2)
                    .orElse(true);
        }).toList();
    }

    /** The level's canonical name, with the designation and numbering the text gives it. */
    private String nameOf(EndorsementLevel level, String text) {
        String name = level.name();
        String designation = designation(level, text);
        if (!designation.isEmpty() && !name.contains(designation)) {
            name = name + " - " + designation;
        }
        List<LevelNumber> numbers = vocabulary.levelNumbers(text);
        return numbers.isEmpty() ? name : new LevelReader.Reading(level, numbers.get(0)).text().replace(level.name(), name);
    }

    private String key(EndorsementLevel level, String text) {
        return base(level) + "|" + designation(level, text);
    }

    /** The designation of a Mentor level, by its id ("imhm-c") or the one designation the text names; "" otherwise. */
    private static String designation(EndorsementLevel level, String text) {
        if (!isMentor(level)) {
            return "";
        }
        for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
            if (level.id().endsWith(suffix.getKey())) {
                return suffix.getValue();
            }
        }
        List<String> named = DESIGNATIONS.entrySet().stream().filter(d -> d.getValue().matcher(text).find())
                .map(Map.Entry::getKey).toList();
        return named.size() == 1 ? named.get(0) : "";
    }

    /** A Mentor designation's level without the designation ("imhm-c" -> "imhm"); any other level itself. */
    private static String base(EndorsementLevel level) {
        for (String suffix : SUFFIXES.keySet()) {
            if (isMentor(level) && level.id().endsWith(suffix)) {
                return level.id().substring(0, level.id().length() - suffix.length());
            }
        }
        return level.id();
    }

    private static boolean counterparts(EndorsementLevel a, EndorsementLevel b) {
        return a.family().equals(b.family()) && a.number() != null && a.number().equals(b.number()) && a.track() != b.track()
                && base(a).equals(a.id()) == base(b).equals(b.id());
    }

    private Optional<EndorsementLevel> combined(EndorsementLevel level) {
        return vocabulary.levelByNumber(level.family(), level.number(), Track.INFANT_EARLY_CHILDHOOD)
                .filter(l -> l.track() == Track.INFANT_EARLY_CHILDHOOD);
    }

    private static boolean isMentor(EndorsementLevel level) {
        return level.number() != null && level.number() == MENTOR;
    }
}
