package org.imhfinder.normalize.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.imhfinder.vocabulary.EndorsementLevel;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * The designations a level is split into (the Mentor's Clinical, Policy and Research/Faculty paths),
 * learned from the vocabulary rather than listed here: a level whose name is another level's name, a
 * dash and more ("Infant Mental Health Mentor - Clinical") is a designation of that level.
 *
 * <p>Providers use the same designations on tracks where the vocabulary has no level for them
 * ("Infant/Early Childhood Mental Health Mentor - Clinical"). There the level stays the track's level
 * and the designation belongs to the program's name, so the three paths stay three programs. A text
 * naming two or more designations at once ("Mentor Clinical, Research/Faculty, or Policy") speaks of
 * the level as a whole, not of one path.
 */
public final class LevelDesignations {
    private static final Pattern DASH = Pattern.compile("\\s*[-\u2013\u2014]\\s*");

    private final Vocabulary vocabulary;
    /** Each designation as the vocabulary writes it ("Research/Faculty"), with the pattern that finds it in a text. */
    private final Map<String, Pattern> designations = new LinkedHashMap<>();
    /** A designated level's id and the designation it stands for ("imhm-c" -> "Clinical"). */
    private final Map<String, String> designationOf = new LinkedHashMap<>();
    /** A designated level's id and the level it is a designation of ("imhm-c" -> "imhm"). */
    private final Map<String, String> baseOf = new LinkedHashMap<>();
    /** A level's designated levels by designation ("imhm" -> {"Clinical" -> "imhm-c", ...}). */
    private final Map<String, Map<String, String>> variants = new LinkedHashMap<>();
    /** The family and number of every level with designations ("alliance#4"). */
    private final Set<String> ranks = new LinkedHashSet<>();

    public LevelDesignations(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (EndorsementLevel level : vocabulary.levels()) {
            for (EndorsementLevel base : vocabulary.levels()) {
                String prefix = base.name() + " ";
                if (base != level && base.family().equals(level.family()) && level.name().startsWith(prefix)) {
                    String designation = DASH.matcher(level.name().substring(base.name().length())).replaceFirst("").trim();
                    if (!designation.isEmpty()) {
                        designations.putIfAbsent(designation, pattern(designation));
                        designationOf.put(level.id(), designation);
                        baseOf.put(level.id(), base.id());
                        variants.computeIfAbsent(base.id(), b -> new LinkedHashMap<>()).put(designation, level.id());
                        ranks.add(rank(base));
                    }
                }
            }
        }
    }

    /** True for a level that is a designation of another ("imhm-c"). */
    public boolean isDesignation(EndorsementLevel level) {
        return designationOf.containsKey(level.id());
    }

    /** Every designation the vocabulary knows, as it writes them. */
    public Set<String> all() {
        return designations.keySet();
    }

    /** The designations a text names, in the vocabulary's order. */
    public List<String> named(String text) {
        List<String> found = new ArrayList<>();
        designations.forEach((designation, pattern) -> {
            if (pattern.matcher(text).find()) {
                found.add(designation);
            }
        });
        return found;
    }

    /**
     * The level a text means, given the level found in it and where its name ends: a designated level
     * ("imhm-c") becomes the level it designates ("imhm") when the text names several designations
     * together; a level becomes its designated level when that designation follows its name at once
     * ("Infant Mental Health Mentor (Clinical)", "Infant Mental Health Mentor – Policy").
     */
    public EndorsementLevel level(EndorsementLevel found, String text, int end) {
        String base = baseOf.get(found.id());
        if (base != null) {
            return named(text).size() < 2 ? found : vocabulary.level(base).orElse(found);
        }
        String after = text.substring(Math.min(end, text.length()));
        for (Map.Entry<String, String> variant : variants.getOrDefault(found.id(), Map.of()).entrySet()) {
            if (right(variant.getKey()).matcher(after).lookingAt() && named(text).size() == 1) {
                return vocabulary.level(variant.getValue()).orElse(found);
            }
        }
        return found;
    }

    /**
     * The designation a program's name adds to its level, when the vocabulary has no level of its own for
     * it on the level's track: "Clinical" for "Infant/Early Childhood Mental Health Mentor - Clinical".
     * Empty for a level that is itself a designation, for a level of a rank that has none, and for a
     * name naming none or several.
     */
    public Optional<String> beyondLevel(EndorsementLevel level, String name) {
        if (name == null || designationOf.containsKey(level.id()) || !designatedRank(level)) {
            return Optional.empty();
        }
        List<String> named = named(name);
        if (named.size() != 1 || variants.getOrDefault(level.id(), Map.of()).containsKey(named.get(0))) {
            return Optional.empty();
        }
        return Optional.of(named.get(0));
    }

    /** True when levels of this one's family and number have designations (the Mentor rank). */
    private boolean designatedRank(EndorsementLevel level) {
        return level.number() != null && !level.addOn() && ranks.contains(rank(level));
    }

    private static String rank(EndorsementLevel level) {
        return level.family() + "#" + level.number();
    }

    /** The designation's first word, as a whole word, in any case: "Research" stands for "Research/Faculty". */
    private static Pattern pattern(String designation) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(firstWord(designation)) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    /** The designation at the start of a text, after dashes, colons or an opening bracket. */
    private static Pattern right(String designation) {
        return Pattern.compile("[\\s\\p{Pd}:(\\[]*" + Pattern.quote(firstWord(designation)) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    private static String firstWord(String designation) {
        return designation.split("[^\\p{L}]+")[0].toLowerCase(Locale.ROOT);
    }
}
