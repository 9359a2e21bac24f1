package org.imhfinder.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imhfinder.schema.Track;

/**
 * The IMH vocabulary: how providers and people write education levels, credentials, delivery
 * formats, topics, components, tracks, audiences, field labels, Endorsement levels, US states and
 * cities, mapped to the canonical values of the ProgramListing schema. The data lives in a
 * versioned file ({@value #STANDARD_RESOURCE}); this class loads it and finds its terms in text.
 *
 * <p>Used by normalize to read pages and by the search API to read queries, so both read the
 * same words the same way:
 * <pre>{@code
 * Vocabulary vocabulary = Vocabulary.standard();
 * for (TermMatch m : vocabulary.find("online CPP certificate in Indiana")) {
 *     // DELIVERY ONLINE [0,6)  TOPIC INFANT_PARENT_PSYCHOTHERAPY [7,10)  CREDENTIAL CERTIFICATE [11,22)  REGION IN [26,33)
 * }
 * }</pre>
 * Matching rules (word-based, case- and accent-insensitive, abbreviations only in capitals,
 * leftmost-longest per kind) are described in the vocabulary file. Instances are immutable and
 * thread-safe.
 */
public final class Vocabulary {
    /** The classpath resource of the standard vocabulary. */
    public static final String STANDARD_RESOURCE = "vocabulary/imh-vocabulary-v1.yml";
    /** Every kind, for lookups of all of them (only read). */
    private static final Set<TermKind> ALL_KINDS = Collections.unmodifiableSet(EnumSet.allOf(TermKind.class));
    /** Each kind alone, for the lookups of one kind (most): a set made once instead of on every lookup. */
    private static final Map<TermKind, Set<TermKind>> ONE_KIND = oneKindEach();

    private static volatile Vocabulary standard;

    private final int version;
    private final TermIndex index;
    private final Map<String, CredentialFamily> families;
    private final Map<String, EndorsementLevel> levels;
    private final Pattern levelNumber;
    private final Map<String, String> regionNames;
    private final Map<String, List<String>> cityRegions;

    Vocabulary(int version, TermIndex index, Map<String, CredentialFamily> families, Map<String, EndorsementLevel> levels,
               List<String> levelWords, Map<String, String> regionNames, Map<String, List<String>> cityRegions) {
        this.version = version;
        this.index = index;
        this.families = Map.copyOf(families);
        this.levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
        this.levelNumber = levelNumberPattern(levelWords);
        this.regionNames = Map.copyOf(regionNames);
        this.cityRegions = Map.copyOf(cityRegions);
    }

    /** The standard vocabulary from the classpath, loaded once. */
    public static Vocabulary standard() {
        Vocabulary v = standard;
        if (v == null) {
            synchronized (Vocabulary.class) {
                if (standard == null) {
                    standard = loadResource(STANDARD_RESOURCE);
                }
                v = standard;
            }
        }
        return v;
    }

    /** Loads a vocabulary; a bad file fails with every problem, naming {@code name}. */
    public static Vocabulary load(InputStream in, String name) {
        return VocabularyReader.read(in, name);
    }

    public static Vocabulary load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + file, e);
        }
    }

    private static Map<TermKind, Set<TermKind>> oneKindEach() {
        Map<TermKind, Set<TermKind>> sets = new java.util.EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            sets.put(kind, Collections.unmodifiableSet(EnumSet.of(kind)));
        }
        return sets;
    }

    /** The vocabulary file's version. */
    public int version() {
        return version;
    }

    /** Every term of every kind found in the text, in text order (kinds may overlap). */
    public List<TermMatch> find(CharSequence text) {
        return index.find(text, ALL_KINDS);
    }

    /** The terms of the given kinds found in the text, in text order. */
    public List<TermMatch> find(CharSequence text, TermKind kind, TermKind... more) {
        return index.find(text, more.length == 0 ? ONE_KIND.get(kind) : EnumSet.of(kind, more));
    }

    /** The distinct canonical values of one kind found in the text, in order of first appearance. */
    public Set<String> values(CharSequence text, TermKind kind) {
        return find(text, kind).stream().map(TermMatch::value).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Keeps the longest of overlapping matches whatever their kinds (then the earliest), for a
     * reader that wants one meaning per word: "DC:0-5" is a topic, not the District of Columbia.
     */
    public static List<TermMatch> withoutOverlaps(Collection<TermMatch> matches) {
        List<TermMatch> sorted = new ArrayList<>(matches);
        sorted.sort(java.util.Comparator.comparingInt(TermMatch::length).reversed().thenComparingInt(TermMatch::start));
        List<TermMatch> kept = new ArrayList<>();
        for (TermMatch match : sorted) {
            if (kept.stream().noneMatch(k -> k.overlaps(match) && !(k.start() == match.start() && k.end() == match.end()))) {
                kept.add(match);
            }
        }
        kept.sort(java.util.Comparator.comparingInt(TermMatch::start));
        return kept;
    }

    /** Every term of one kind, as written in the file. */
    public List<Term> terms(TermKind kind) {
        return index.terms(kind);
    }

    public Optional<EndorsementLevel> level(String id) {
        return Optional.ofNullable(levels.get(id));
    }

    /** Every level of every family, in file order. */
    public Collection<EndorsementLevel> levels() {
        return levels.values();
    }

    public Optional<CredentialFamily> family(String id) {
        return Optional.ofNullable(families.get(id));
    }

    /** The level a numbered family calls "Level {@code number}" on the given track (add-ons excluded). */
    public Optional<EndorsementLevel> levelByNumber(String family, int number, Track track) {
        return levels.values().stream()
                .filter(l -> l.family().equals(family) && !l.addOn() && l.number() != null && l.number() == number)
                .filter(l -> l.track() == track)
                .findFirst();
    }

    /** The numbered levels in a text: "Level II", "Category 3", "Tier IV", "Pathway one". */
    public List<LevelNumber> levelNumbers(CharSequence text) {
        List<LevelNumber> found = new ArrayList<>();
        Matcher m = levelNumber.matcher(text);
        while (m.find()) {
            found.add(new LevelNumber(m.group(1), number(m.group(2)), m.start(), m.end(), m.group()));
        }
        return found;
    }

    /** The state code a whole text names ("Indiana", "IN", "indiana"), if it names exactly one state. */
    public Optional<String> regionCode(String text) {
        String trimmed = text.trim();
        if (trimmed.length() == 2 && regionNames.containsKey(trimmed.toUpperCase(Locale.ROOT))) {
            return Optional.of(trimmed.toUpperCase(Locale.ROOT));
        }
        List<TermMatch> matches = find(trimmed, TermKind.REGION);
        return matches.size() == 1 && coversEveryWord(trimmed, matches.get(0))
                ? Optional.of(matches.get(0).value()) : Optional.empty();
    }

    private static boolean coversEveryWord(String text, TermMatch match) {
        String outside = text.substring(0, match.start()) + text.substring(match.end());
        return outside.chars().noneMatch(Character::isLetterOrDigit);
    }

    /** The name of a state by its code ("MI" -> "Michigan"). */
    public Optional<String> regionName(String code) {
        return Optional.ofNullable(regionNames.get(code));
    }

    /** Every state, district and territory code the vocabulary knows, sorted. */
    public List<String> regionCodes() {
        return regionNames.keySet().stream().sorted().toList();
    }

    /** The states a city of the vocabulary is in (several for "Portland", "Springfield"). */
    public List<String> regionsOfCity(String city) {
        return cityRegions.getOrDefault(city.toLowerCase(Locale.ROOT), List.of());
    }

    private static Pattern levelNumberPattern(List<String> words) {
        String alternatives = words.stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        return Pattern.compile("\\b(" + alternatives + ")\\s*[-:#]?\\s*(IV|III|II|I|[1-4]|one|two|three|four)(?![\\w])",
                Pattern.CASE_INSENSITIVE);
    }

    private static int number(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "I", "1", "ONE" -> 1;
            case "II", "2", "TWO" -> 2;
            case "III", "3", "THREE" -> 3;
            default -> 4;
        };
    }

    private static Vocabulary loadResource(String resource) {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return load(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
