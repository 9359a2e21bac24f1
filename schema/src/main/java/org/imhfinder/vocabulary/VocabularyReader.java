package org.imhfinder.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.schema.Topic;
import org.imhfinder.schema.Track;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Reads and checks a vocabulary file; every problem names the file and the entry. */
final class VocabularyReader {
    private final String name;
    private final Map<String, Object> root;
    private final List<String> problems = new ArrayList<>();

    private VocabularyReader(String name, Map<String, Object> root) {
        this.name = name;
        this.root = root;
    }

    static Vocabulary read(InputStream in, String name) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(options).load(reader);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(name + ": a vocabulary is a mapping of sections");
            }
            return new VocabularyReader(name, cast(map)).build();
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read the vocabulary: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException(name + ": not a valid vocabulary: " + e.getMessage(), e);
        }
    }

    private Vocabulary build() {
        int version = root.get("version") instanceof Integer v ? v : fail("'version' must be a whole number", 0);
        Set<TermKind> plurals = pluralKinds();
        TermIndex index = new TermIndex();
        addEnumSection(index, TermKind.EDUCATION, Education::valueOf, plurals);
        addEnumSection(index, TermKind.CREDENTIAL, Credential::valueOf, plurals);
        addEnumSection(index, TermKind.DELIVERY, Delivery::valueOf, plurals);
        addEnumSection(index, TermKind.TOPIC, Topic::valueOf, plurals);
        addEnumSection(index, TermKind.COMPONENT, ProgramComponent::valueOf, plurals);
        addEnumSection(index, TermKind.TRACK, Track::valueOf, plurals);
        addEnumSection(index, TermKind.AUDIENCE, Function.identity(), plurals);
        addEnumSection(index, TermKind.FIELD_LABEL, Function.identity(), plurals);
        Map<String, String> regionNames = regions(index);
        Map<String, List<String>> cities = cities(index, regionNames);
        Endorsement endorsement = endorsement(index, plurals);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(name + ": bad vocabulary:\n  " + String.join("\n  ", problems));
        }
        return new Vocabulary(version, index, endorsement.families, endorsement.levels, endorsement.levelWords,
                regionNames, cities);
    }

    private Set<TermKind> pluralKinds() {
        Set<TermKind> kinds = EnumSet.noneOf(TermKind.class);
        for (Object section : list(root.get("pluralKinds"), "pluralKinds")) {
            kindOf(String.valueOf(section)).ifPresentOrElse(kinds::add,
                    () -> problems.add("pluralKinds: unknown section '" + section + "'"));
        }
        return kinds;
    }

    private static java.util.Optional<TermKind> kindOf(String section) {
        for (TermKind kind : TermKind.values()) {
            if (kind.section().equals(section)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    private void addEnumSection(TermIndex index, TermKind kind, Function<String, ?> check, Set<TermKind> plurals) {
        Map<String, Object> section = map(root.get(kind.section()), kind.section());
        for (Map.Entry<String, Object> entry : section.entrySet()) {
            try {
                check.apply(entry.getKey());
            } catch (IllegalArgumentException e) {
                problems.add(kind.section() + "." + entry.getKey() + ": not a known value");
                continue;
            }
            for (Object text : list(entry.getValue(), kind.section() + "." + entry.getKey())) {
                addTerm(index, new Term(kind, entry.getKey(), String.valueOf(text)), plurals.contains(kind));
            }
        }
    }

    private Map<String, String> regions(TermIndex index) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : map(root.get("region"), "region").entrySet()) {
            String code = entry.getKey();
            if (!code.matches("[A-Z]{2}")) {
                problems.add("region." + code + ": a region is a two-letter US state code");
                continue;
            }
            List<Object> terms = list(entry.getValue(), "region." + code);
            addTerm(index, new Term(TermKind.REGION, code, code), false);
            terms.forEach(t -> addTerm(index, new Term(TermKind.REGION, code, String.valueOf(t)), false));
            names.put(code, terms.isEmpty() ? code : String.valueOf(terms.get(0)));
        }
        return names;
    }

    private Map<String, List<String>> cities(TermIndex index, Map<String, String> regions) {
        Map<String, List<String>> cities = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : map(root.get("city"), "city").entrySet()) {
            List<String> codes = list(entry.getValue(), "city." + entry.getKey()).stream().map(String::valueOf).toList();
            codes.stream().filter(c -> !regions.containsKey(c))
                    .forEach(c -> problems.add("city." + entry.getKey() + ": unknown region " + c));
            cities.put(entry.getKey().toLowerCase(Locale.ROOT), codes);
            addTerm(index, new Term(TermKind.CITY, entry.getKey(), entry.getKey()), false);
        }
        return cities;
    }

    private Endorsement endorsement(TermIndex index, Set<TermKind> plurals) {
        Map<String, Object> section = map(root.get("endorsement"), "endorsement");
        Endorsement result = new Endorsement();
        list(section.get("levelWords"), "endorsement.levelWords").forEach(w -> result.levelWords.add(String.valueOf(w)));
        for (Map.Entry<String, Object> entry : map(section.get("families"), "endorsement.families").entrySet()) {
            Map<String, Object> family = map(entry.getValue(), "endorsement.families." + entry.getKey());
            Credential credential = enumValue(Credential::valueOf, family.get("credential"), "endorsement.families." + entry.getKey());
            result.families.put(entry.getKey(), new CredentialFamily(entry.getKey(), String.valueOf(family.get("name")),
                    credential, Boolean.TRUE.equals(family.get("numbered")),
                    family.get("nameSuffix") == null ? null : String.valueOf(family.get("nameSuffix"))));
        }
        for (Object item : list(section.get("levels"), "endorsement.levels")) {
            EndorsementLevel level = level(map(item, "endorsement.levels[]"), result);
            if (level != null) {
                result.levels.put(level.id(), level);
                Map<String, Object> fields = map(item, "endorsement.levels[]");
                for (Object text : list(fields.get("terms"), "endorsement.levels." + level.id())) {
                    addTerm(index, new Term(TermKind.ENDORSEMENT_LEVEL, level.id(), String.valueOf(text)),
                            plurals.contains(TermKind.ENDORSEMENT_LEVEL));
                }
            }
        }
        return result;
    }

    private EndorsementLevel level(Map<String, Object> fields, Endorsement known) {
        String id = String.valueOf(fields.get("id"));
        String where = "endorsement.levels." + id;
        if (known.levels.containsKey(id)) {
            problems.add(where + ": duplicate level id");
            return null;
        }
        String family = String.valueOf(fields.get("family"));
        if (!known.families.containsKey(family)) {
            problems.add(where + ": unknown family '" + family + "'");
            return null;
        }
        Integer number = fields.get("number") instanceof Integer n ? n : null;
        if (number != null && (number < 1 || number > 4)) {
            problems.add(where + ": number must be 1 to 4");
        }
        Track track = fields.get("track") == null ? null : enumValue(Track::valueOf, fields.get("track"), where);
        return new EndorsementLevel(id, family, String.valueOf(fields.get("name")), number, track,
                Boolean.TRUE.equals(fields.get("addOn")));
    }

    private void addTerm(TermIndex index, Term term, boolean plurals) {
        try {
            index.add(term, plurals);
        } catch (IllegalArgumentException e) {
            problems.add(term.kind().section() + "." + term.value() + ": " + e.getMessage());
        }
    }

    private <E> E enumValue(Function<String, E> parse, Object value, String where) {
        try {
            return parse.apply(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": '" + value + "' is not a known value");
            return null;
        }
    }

    private Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> m) {
            return cast(m);
        }
        problems.add(where + ": expected a mapping");
        return Map.of();
    }

    private List<Object> list(Object value, String where) {
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        problems.add(where + ": expected a list");
        return List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    private <T> T fail(String message, T fallback) {
        problems.add(message);
        return fallback;
    }

    private static final class Endorsement {
        final Map<String, CredentialFamily> families = new LinkedHashMap<>();
        final Map<String, EndorsementLevel> levels = new LinkedHashMap<>();
        final List<String> levelWords = new ArrayList<>();
    }
}
