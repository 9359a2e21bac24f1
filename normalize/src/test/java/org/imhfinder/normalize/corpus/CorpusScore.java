package org.imhfinder.normalize.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imhfinder.schema.ProgramListing;

/**
 * Scores a corpus run against the hand-written expectations: program detection (precision and
 * recall over listings, and over pages) and per-field accuracy over matched listings, where a
 * field the expectation leaves out must be empty (a value the page does not state is an error).
 */
final class CorpusScore {
    /** The fields scored on every matched listing; the rest are scored only where the expectation states them. */
    static final List<String> ALWAYS = List.of("name", "credential", "level", "track", "minimumEducation", "yearsExperience",
            "trainingHours", "reflectiveSupervisionHours", "delivery", "city", "region", "duration", "cost",
            "applicationDeadline", "email", "contactUrl", "topics", "components", "audience", "alignsWith", "documents");
    static final List<String> WHEN_STATED = List.of("provider", "description");

    int truePositives;
    int falsePositives;
    int falseNegatives;
    int pagesTp;
    int pagesFp;
    int pagesFn;
    int pagesTn;
    final Map<String, int[]> fields = new LinkedHashMap<>();
    final List<String> mistakes = new ArrayList<>();

    CorpusScore() {
        ALWAYS.forEach(f -> fields.put(f, new int[2]));
        WHEN_STATED.forEach(f -> fields.put(f, new int[2]));
    }

    void page(String site, String path, List<JsonNode> expected, List<ProgramListing> actual) {
        boolean expectProgram = !expected.isEmpty();
        boolean isProgram = !actual.isEmpty();
        pagesTp += expectProgram && isProgram ? 1 : 0;
        pagesFp += !expectProgram && isProgram ? 1 : 0;
        pagesFn += expectProgram && !isProgram ? 1 : 0;
        pagesTn += !expectProgram && !isProgram ? 1 : 0;
        List<ProgramListing> unmatched = new ArrayList<>(actual);
        for (JsonNode want : expected) {
            ProgramListing got = match(want, unmatched);
            if (got == null) {
                falseNegatives++;
                mistakes.add(site + path + ": missed '" + want.path("name").asText() + "'");
                continue;
            }
            unmatched.remove(got);
            truePositives++;
            compare(site, path, want, got);
        }
        for (ProgramListing extra : unmatched) {
            falsePositives++;
            mistakes.add(site + path + ": not a program, but found '" + extra.name() + "'");
        }
    }

    /**
     * Scores a whole site: its expected programs against the listings the index would hold for it
     * (one per program, however many pages describe it). Also scores {@code page}: the listing's
     * {@code sourceUrl} is the program's own page.
     */
    void site(String site, List<JsonNode> expected, List<ProgramListing> actual, List<String> chrome) {
        List<ProgramListing> unmatched = new ArrayList<>(actual);
        Map<JsonNode, ProgramListing> pairs = assign(expected, actual);
        for (JsonNode want : expected) {
            ProgramListing got = pairs.get(want);
            if (got == null) {
                falseNegatives++;
                mistakes.add(site + ": missed '" + want.path("name").asText() + "' (" + want.path("page").asText() + ")");
                continue;
            }
            unmatched.remove(got);
            truePositives++;
            compare(site, want.path("page").asText(), want, got);
            int[] page = fields.computeIfAbsent("page", f -> new int[2]);
            page[1]++;
            String ownPage = URI.create(CorpusSites.baseUrl(site)).resolve(want.path("page").asText()).toString();
            if (ownPage.equals(got.sourceUrl())) {
                page[0]++;
            } else {
                mistakes.add(site + " [" + got.name() + "] page: expected " + ownPage + ", got " + got.sourceUrl());
            }
        }
        for (ProgramListing extra : unmatched) {
            falsePositives++;
            mistakes.add(site + ": not a program, but found '" + extra.name() + "' on " + extra.sourceUrl());
        }
        for (ProgramListing listing : actual) {
            for (String text : chrome) {
                String needle = text(text);
                if (needle.length() >= 6 && (text(listing.name()).contains(needle) || text(listing.description()).contains(needle))) {
                    chromeLeaks++;
                    mistakes.add(site + " [" + listing.name() + "] chrome in a field: '" + text + "'");
                }
            }
        }
    }

    /** Listings whose name or description carries a text of their site's chrome. */
    int chromeLeaks;

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double fieldAccuracy(String field) {
        int[] counts = fields.get(field);
        return ratio(counts[0], counts[1]);
    }

    double overallFieldAccuracy() {
        int correct = fields.values().stream().mapToInt(c -> c[0]).sum();
        int total = fields.values().stream().mapToInt(c -> c[1]).sum();
        return ratio(correct, total);
    }

    String table(String title) {
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n');
        out.append(String.format(Locale.ROOT, "  listings: %d expected, %d found, %d correct -> precision %.3f, recall %.3f%n",
                truePositives + falseNegatives, truePositives + falsePositives, truePositives, precision(), recall()));
        out.append(String.format(Locale.ROOT, "  pages:    %d program pages, %d others -> precision %.3f, recall %.3f%n",
                pagesTp + pagesFn, pagesFp + pagesTn, ratio(pagesTp, pagesTp + pagesFp), ratio(pagesTp, pagesTp + pagesFn)));
        out.append(String.format(Locale.ROOT, "  %-28s %8s %8s%n", "field", "correct", "accuracy"));
        fields.forEach((field, c) -> out.append(String.format(Locale.ROOT, "  %-28s %4d/%-4d %7.3f%s%n", field, c[0], c[1],
                ratio(c[0], c[1]), SET_FIELDS.contains(field) ? String.format(Locale.ROOT, "   F1 %.3f", f1(field)) : "")));
        out.append(String.format(Locale.ROOT, "  %-28s %18.3f%n", "all fields", overallFieldAccuracy()));
        if (chromeLeaks > 0) {
            out.append(String.format(Locale.ROOT, "  %-28s %8d%n", "chrome in a field", chromeLeaks));
        }
        if (!mistakes.isEmpty()) {
            out.append("  mistakes:\n");
            mistakes.forEach(m -> out.append("    ").append(m).append('\n'));
        }
        return out.toString();
    }

    private void compare(String site, String path, JsonNode want, ProgramListing got) {
        for (String field : ALWAYS) {
            score(site, path, field, want, got);
        }
        for (String field : WHEN_STATED) {
            if (want.has(field)) {
                score(site, path, field, want, got);
            }
        }
    }

    private void score(String site, String path, String field, JsonNode want, ProgramListing got) {
        boolean ok = agrees(field, want.get(field), got, site) || field.equals("name") && alsoNamed(want, got, site);
        int[] counts = fields.get(field);
        counts[1]++;
        if (SET_FIELDS.contains(field)) {
            overlap(field, want.get(field), got);
        }
        if (ok) {
            counts[0]++;
        } else {
            mistakes.add(site + path + " [" + got.name() + "] " + field + ": expected " + (want.has(field) ? want.get(field) : "none")
                    + ", got " + actual(field, got));
        }
    }

    /** List fields, also scored as F1 over their values (true positives, false positives, false negatives). */
    static final List<String> SET_FIELDS = List.of("topics", "components", "audience");
    final Map<String, int[]> overlaps = new LinkedHashMap<>();

    private void overlap(String field, JsonNode want, ProgramListing got) {
        Set<String> expected = want == null ? Set.of() : set(want, Function.identity());
        Set<?> actual = (Set<?>) actual(field, got);
        int[] counts = overlaps.computeIfAbsent(field, f -> new int[3]);
        for (Object value : actual) {
            counts[expected.contains(value.toString()) ? 0 : 1]++;
        }
        counts[2] += (int) expected.stream().filter(v -> actual.stream().noneMatch(a -> a.toString().equals(v))).count();
    }

    /** F1 of a list field's values over every matched listing. */
    double f1(String field) {
        int[] c = overlaps.getOrDefault(field, new int[3]);
        return c[0] + c[1] + c[2] == 0 ? 1.0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    private static boolean agrees(String field, JsonNode want, ProgramListing got, String site) {
        return agreesWith(field, want, got, site);
    }

    private static boolean agreesWith(String field, JsonNode want, ProgramListing got, String site) {
        Object value = actual(field, got);
        if (want == null || want.isNull()) {
            return value == null || (value instanceof Set<?> s && s.isEmpty());
        }
        if (value == null) {
            return false;
        }
        return switch (field) {
            case "duration", "cost", "description" -> text(value.toString()).contains(text(want.asText()));
            case "yearsExperience" -> Math.abs(((Double) value) - want.asDouble()) < 0.01;
            case "topics", "components", "audience", "alignsWith" -> value.equals(set(want, Function.identity()));
            case "documents" -> value.equals(set(want, p -> URI.create(CorpusSites.baseUrl(site)).resolve(p).toString()));
            default -> text(value.toString()).equals(text(want.asText()));
        };
    }

    private static boolean alsoNamed(JsonNode want, ProgramListing got, String site) {
        for (JsonNode name : want.path("nameAlso")) {
            if (agrees("name", name, got, site)) {
                return true;
            }
        }
        return false;
    }

    static Object actual(String field, ProgramListing l) {
        return switch (field) {
            case "name" -> l.name();
            case "credential" -> l.credential();
            case "level" -> l.level();
            case "track" -> l.track();
            case "minimumEducation" -> l.minimumEducation();
            case "yearsExperience" -> l.yearsExperience();
            case "trainingHours" -> l.trainingHours();
            case "reflectiveSupervisionHours" -> l.reflectiveSupervisionHours();
            case "delivery" -> l.delivery();
            case "city" -> l.location() == null ? null : l.location().city();
            case "region" -> l.location() == null ? null : l.location().region();
            case "duration" -> l.duration();
            case "cost" -> l.cost();
            case "applicationDeadline" -> l.applicationDeadline();
            case "email" -> l.contact() == null ? null : l.contact().email();
            case "contactUrl" -> l.contact() == null ? null : l.contact().url();
            case "topics" -> l.topics().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            case "components" -> l.components().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            case "audience" -> new TreeSet<>(l.audience());
            case "alignsWith" -> new TreeSet<>(l.alignsWith());
            case "documents" -> new TreeSet<>(l.documents());
            case "provider" -> l.provider() == null ? null : l.provider().name();
            case "description" -> l.description();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The listing this expectation describes: same level if it names one, else the most similar name. */
    private static ProgramListing match(JsonNode want, List<ProgramListing> candidates) {
        String level = want.hasNonNull("level") ? text(want.get("level").asText()) : null;
        ProgramListing best = null;
        double bestScore = 0.5;
        for (ProgramListing candidate : candidates) {
            if (level != null && candidate.level() != null && text(candidate.level()).equals(level)) {
                return candidate;
            }
            double score = similarity(want.path("name").asText(), candidate.name());
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Pairs expected programs with listings, best pairs first: the same level (by its name without
     * numbering, and the same track) is the best pair; else the most similar names (also the
     * expectation's other names), at least half their words shared.
     */
    static Map<JsonNode, ProgramListing> assign(List<JsonNode> expected, List<ProgramListing> actual) {
        record Pair(JsonNode want, ProgramListing got, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode want : expected) {
            for (ProgramListing got : actual) {
                double score = pairScore(want, got);
                if (score >= 0.5) {
                    pairs.add(new Pair(want, got, score));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingDouble(Pair::score).reversed());
        Map<JsonNode, ProgramListing> assigned = new java.util.IdentityHashMap<>();
        Set<ProgramListing> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Pair pair : pairs) {
            if (!assigned.containsKey(pair.want()) && !taken.contains(pair.got())) {
                assigned.put(pair.want(), pair.got());
                taken.add(pair.got());
            }
        }
        return assigned;
    }

    private static double pairScore(JsonNode want, ProgramListing got) {
        double score = similarity(want.path("name").asText(), got.name());
        for (JsonNode name : want.path("nameAlso")) {
            score = Math.max(score, similarity(name.asText(), got.name()));
        }
        if (want.hasNonNull("level") && got.level() != null && bareLevel(want.get("level").asText()).equals(bareLevel(got.level()))) {
            score += 2;
        }
        if (want.hasNonNull("track") && got.track() != null && want.get("track").asText().equals(got.track().name())) {
            score += 0.1;
        }
        return score;
    }

    private static String bareLevel(String level) {
        return text(level.replaceAll("\\(.*?\\)", ""));
    }

    private static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> both = new TreeSet<>(x);
        both.retainAll(y);
        Set<String> either = new TreeSet<>(x);
        either.addAll(y);
        return either.isEmpty() ? 0 : (double) both.size() / either.size();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text(text).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private static TreeSet<String> set(JsonNode array, Function<String, String> map) {
        TreeSet<String> out = new TreeSet<>();
        array.forEach(n -> out.add(map.apply(n.asText())));
        return out;
    }

    /** Lower case, plain quotes and dashes, single spaces. */
    static String text(String s) {
        String folded = Normalizer.normalize(Objects.toString(s, ""), Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-');
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
