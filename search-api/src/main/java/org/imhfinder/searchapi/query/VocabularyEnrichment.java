package org.imhfinder.searchapi.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.schema.Track;
import org.imhfinder.vocabulary.EndorsementLevel;
import org.imhfinder.vocabulary.LevelNumber;
import org.imhfinder.vocabulary.Term;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Reads queries the way people write them, with the project's shared vocabulary (the one normalize
 * reads pages with) and the query phrasing ({@link QueryPhrasing}):
 * <ol>
 *   <li>a typo of a domain word is corrected ({@link Spelling}); an abbreviation the vocabulary knows
 *       is read in any case ("imh", "cpp"); a few words are read as others ("endorsed");</li>
 *   <li>concepts: a state by name or capitalised code, a delivery mode, a topic or component by name or
 *       abbreviation ("CPP", "RS/C", "DC:0-5"), a credential, an education held ("with a bachelor's",
 *       "without a degree"; a degree named otherwise, "master's degree in ...", is a degree program),
 *       and an Endorsement level by name, abbreviation ("IFS") or number in any naming ("Level 2",
 *       "Category III", "tier one"), narrowed by a track the query names ("category 4 early childhood");</li>
 *   <li>the rest is text: an abbreviation of a track becomes its long form ("IECMH" is "infant and early
 *       childhood mental health"); request phrasing and function words are dropped; generic words
 *       ("training") only rank.</li>
 * </ol>
 * Where words could mean two things the longer reading wins ("DC:0-5" is a topic, not a state).
 */
public final class VocabularyEnrichment implements QueryEnrichment {
    private static final Map<TermKind, String> PARAMETERS = Map.of(
            TermKind.REGION, "region", TermKind.DELIVERY, "delivery", TermKind.TOPIC, "topic",
            TermKind.COMPONENT, "component", TermKind.CREDENTIAL, "credential", TermKind.EDUCATION, "education",
            TermKind.AUDIENCE, "audience");
    private static final TermKind[] KINDS = {TermKind.DELIVERY, TermKind.TOPIC, TermKind.COMPONENT, TermKind.CREDENTIAL,
            TermKind.EDUCATION, TermKind.ENDORSEMENT_LEVEL, TermKind.TRACK, TermKind.AUDIENCE, TermKind.CITY};
    private static final int MAX_PHRASES = 8;
    private static final int MAX_LEVEL_PHRASES = 24;
    private static final List<String> LEVEL_WORDS = List.of("Level", "Category", "Tier");
    /** Words before an education that say the searcher holds it ("with a", "I have a", "holding a"). */
    private static final Pattern HELD = Pattern.compile(
            "(?i)\\b(with|have|has|hold|holds|holding|having|earned|completed|got)\\b(\\W+[\\p{L}']+){0,2}\\W*$");
    private static final Pattern WITHOUT_DEGREE = Pattern.compile(
            "(?i)\\b(without|no)\\s+(a\\s+|any\\s+)?(college\\s+|formal\\s+|university\\s+)?degree\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

    private final Vocabulary vocabulary;
    private final QueryPhrasing phrasing;
    private final Spelling spelling;
    private final List<Map.Entry<Pattern, String>> abbreviations = new ArrayList<>();

    public VocabularyEnrichment(Vocabulary vocabulary) {
        this(vocabulary, QueryPhrasing.standard());
    }

    public VocabularyEnrichment(Vocabulary vocabulary, QueryPhrasing phrasing) {
        this.vocabulary = vocabulary;
        this.phrasing = phrasing;
        this.spelling = new Spelling(vocabulary, phrasing);
        for (TermKind kind : KINDS) {
            for (Term term : vocabulary.terms(kind)) {
                if (isAbbreviation(term.text()) && term.text().chars().filter(Character::isLetter).count() >= 3
                        && !phrasing.function().contains(term.text().toLowerCase(Locale.ROOT))) {
                    abbreviations.add(Map.entry(Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(term.text())
                            + "(?![\\p{L}\\p{N}])"), term.text()));
                }
            }
        }
    }

    @Override
    public Interpretation interpret(String q) {
        Map<String, String> corrected = new LinkedHashMap<>();
        String text = prepare(q, corrected);
        boolean[] consumed = new boolean[text.length()];
        List<Concept> concepts = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        Matcher without = WITHOUT_DEGREE.matcher(text);
        if (without.find()) {
            concepts.add(new Concept("education", "NONE", without.group(), List.of("no degree required")));
            Arrays.fill(consumed, without.start(), without.end(), true);
        }
        List<TermMatch> matches = new ArrayList<>(vocabulary.find(text, TermKind.REGION, KINDS));
        matches.removeIf(m -> isConsumed(consumed, m.start(), m.end()));
        List<TermMatch> regions = matches.stream().filter(m -> m.kind() == TermKind.REGION).toList();
        matches.removeIf(m -> m.kind() == TermKind.EDUCATION && regions.stream() // "MA" is Massachusetts, not a master's
                .anyMatch(r -> r.start() == m.start() && r.end() == m.end()));
        matches = Vocabulary.withoutOverlaps(matches);
        List<TermMatch> named = matches.stream().filter(m -> m.kind() != TermKind.TRACK).toList();
        matches.removeIf(m -> m.kind() == TermKind.TRACK && named.stream().anyMatch(m::overlaps)); // "I/ECMHS" is a level
        Map<Integer, String> longForms = new LinkedHashMap<>();
        Track track = null;
        boolean levelNamed = false;
        TermMatch previous = null;
        for (TermMatch match : matches) {
            switch (match.kind()) {
                case TRACK -> {
                    track = track == null ? Track.valueOf(match.value()) : track;
                    if (isAbbreviation(match.text())) {
                        longForms.put(match.start(), longForm(match));
                        Arrays.fill(consumed, match.start(), match.end(), true);
                    }
                    continue; // the words stay: they are what the programs are named with
                }
                case ENDORSEMENT_LEVEL -> {
                    vocabulary.level(match.value()).ifPresent(level -> concepts.add(levelConcept(level, match.text())));
                    levelNamed = true;
                }
                case EDUCATION -> {
                    if (HELD.matcher(text.substring(0, match.start())).find() || bare(text, match)) {
                        concepts.add(new Concept("education", match.value(), match.text(), List.of(match.text())));
                    } else { // "master's degree in ...", "PhD ...": a degree program, the degree's words rank
                        concepts.add(new Concept("credential", "DEGREE", match.text(), List.of("degree")));
                        optional.add(match.text());
                    }
                }
                case CITY -> cityConcept(match, concepts);
                default -> addConcept(concepts, previous, match);
            }
            Arrays.fill(consumed, match.start(), match.end(), true);
            previous = match;
        }
        for (LevelNumber number : vocabulary.levelNumbers(text)) {
            if (!isConsumed(consumed, number.start(), number.end())) {
                if (!levelNamed) {
                    concepts.add(numberConcept(number, track));
                }
                Arrays.fill(consumed, number.start(), number.end(), true);
            }
        }
        List<String> required = new ArrayList<>();
        words(text, consumed, longForms).forEach(w -> (phrasing.generic().contains(w) ? optional : required).add(w));
        if (required.isEmpty() && optional.isEmpty() && concepts.isEmpty()) {
            return Interpretation.literal(q); // only function words ("\" AND ("): searched as typed, never match_all
        }
        return new Interpretation(String.join(" ", required), String.join(" ", optional), distinct(concepts), corrected);
    }

    /** An education alone in the query ("bachelor's", "a master's degree"): what the searcher holds, not a degree program. */
    private boolean bare(String text, TermMatch match) {
        Matcher word = WORD.matcher(text.substring(0, match.start()) + " " + text.substring(match.end()));
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (!phrasing.function().contains(w) && !w.startsWith("degree")) {
                return false;
            }
        }
        return true;
    }

    /** Synonyms, typos and abbreviations typed in small letters, rewritten as the vocabulary writes them. */
    private String prepare(String q, Map<String, String> corrected) {
        StringBuilder out = new StringBuilder();
        Matcher word = WORD.matcher(q);
        int from = 0;
        while (word.find()) {
            out.append(q, from, word.start());
            String typed = word.group();
            String read = spelling.correct(typed).orElse(null);
            if (read != null) {
                corrected.put(typed, read);
            }
            out.append(read == null ? typed : read);
            from = word.end();
        }
        out.append(q.substring(from));
        String text = out.toString();
        for (Map.Entry<Pattern, String> abbreviation : abbreviations) {
            text = abbreviation.getKey().matcher(text).replaceAll(Matcher.quoteReplacement(abbreviation.getValue()));
        }
        return withSynonyms(text);
    }

    /** A word read as another ("endorsed"), unless it is part of a term ("Endorsed Reflective Supervisor"). */
    private String withSynonyms(String text) {
        List<TermMatch> terms = vocabulary.find(text, TermKind.REGION, KINDS);
        StringBuilder out = new StringBuilder();
        Matcher word = WORD.matcher(text);
        int from = 0;
        while (word.find()) {
            int start = word.start();
            int end = word.end();
            String read = phrasing.synonyms().get(word.group().toLowerCase(Locale.ROOT));
            boolean inTerm = terms.stream().anyMatch(t -> t.start() < end && start < t.end());
            out.append(text, from, start).append(read == null || inTerm ? word.group() : read);
            from = end;
        }
        return out.append(text.substring(from)).toString();
    }

    /** The words left for the text search: request phrasing and function words dropped, abbreviations spelt out. */
    private List<String> words(String text, boolean[] consumed, Map<Integer, String> longForms) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            longForms.entrySet().stream().filter(e -> e.getKey() < word.start()).toList().forEach(e -> {
                words.addAll(List.of(e.getValue().toLowerCase(Locale.ROOT).split("\\s+")));
                longForms.remove(e.getKey());
            });
            if (!isConsumed(consumed, word.start(), word.end())) {
                words.add(word.group().toLowerCase(Locale.ROOT).replace("'", ""));
            }
        }
        longForms.values().forEach(f -> words.addAll(List.of(f.toLowerCase(Locale.ROOT).split("\\s+"))));
        List<String> kept = dropRequests(words);
        kept.removeIf(phrasing.function()::contains);
        return kept;
    }

    private List<String> dropRequests(List<String> words) {
        List<String> kept = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int skip = 0;
            for (List<String> request : phrasing.requests()) {
                if (i + request.size() <= words.size() && words.subList(i, i + request.size()).equals(request)) {
                    skip = request.size();
                    break;
                }
            }
            if (skip == 0) {
                kept.add(words.get(i));
            }
            i += Math.max(1, skip);
        }
        return kept;
    }

    private void addConcept(List<Concept> concepts, TermMatch previous, TermMatch match) {
        Concept concept = new Concept(PARAMETERS.get(match.kind()), match.value(), match.text(), phrases(match));
        if (previous != null && previous.start() == match.start() && previous.end() == match.end()
                && !concepts.isEmpty()) { // one span may carry two meanings ("reflective supervision")
            concepts.set(concepts.size() - 1, concepts.get(concepts.size() - 1).withAlternative(concept));
        } else {
            concepts.add(concept);
        }
    }

    /** A city stands for its state ("near Chicago" is Illinois); a name several states share is any of them. */
    private void cityConcept(TermMatch match, List<Concept> concepts) {
        Concept state = null;
        for (String region : vocabulary.regionsOfCity(match.value())) {
            List<String> phrases = new ArrayList<>(List.of(match.value()));
            vocabulary.regionName(region).ifPresent(phrases::add);
            Concept concept = new Concept("region", region, match.text(), phrases);
            state = state == null ? concept : state.withAlternative(concept);
        }
        if (state != null) {
            concepts.add(state);
        }
    }

    /** A level named by name or abbreviation; the same level on the other tracks satisfies it with less weight. */
    private Concept levelConcept(EndorsementLevel level, String matched) {
        List<String> related = new ArrayList<>();
        vocabulary.levels().stream().filter(l -> !l.id().equals(level.id()) && l.number() != null
                        && l.number().equals(level.number()) && l.family().equals(level.family()) && !l.addOn())
                .forEach(l -> related.addAll(levelPhrases(l)));
        return new Concept("level", level.id(), matched, cap(levelPhrases(level)), List.of(), cap(related));
    }

    /** "Level 2", "Category III", "tier one": every level of that number, in every naming; the query's track first. */
    private Concept numberConcept(LevelNumber number, Track track) {
        List<String> exact = new ArrayList<>();
        List<String> related = new ArrayList<>();
        for (EndorsementLevel level : vocabulary.levels()) {
            if (level.number() != null && level.number() == number.number() && !level.addOn()) {
                (track == null || level.track() == track ? exact : related).addAll(levelPhrases(level));
            }
        }
        for (String word : LEVEL_WORDS) {
            (track == null ? exact : related).addAll(List.of(word + " " + number.roman(), word + " " + number.number()));
        }
        String value = "number-" + number.number() + (track == null ? "" : "-" + track.name());
        return new Concept("level", value, number.text(), cap(exact), List.of(), cap(related));
    }

    /** How names and level fields write a level: its names, and its abbreviations of three letters or more. */
    private List<String> levelPhrases(EndorsementLevel level) {
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(level.name());
        for (Term term : vocabulary.terms(TermKind.ENDORSEMENT_LEVEL)) {
            if (term.value().equals(level.id()) && term.text().chars().filter(Character::isLetter).count() >= 3) {
                phrases.add(term.text());
            }
        }
        return List.copyOf(phrases);
    }

    /** How a page may say it: the words as typed, the state's name, the vocabulary's other ways (not abbreviations). */
    private List<String> phrases(TermMatch match) {
        Set<String> phrases = new LinkedHashSet<>();
        if (match.kind() == TermKind.REGION) {
            vocabulary.regionName(match.value()).ifPresent(phrases::add);
        } else if (match.kind() == TermKind.AUDIENCE) {
            phrases.add(match.value()); // the canonical name, as normalize writes the audience field
            phrases.add(match.text());
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

    /** The first long form the vocabulary gives a track's abbreviation ("IECMH": "infant and early childhood mental health"). */
    private String longForm(TermMatch match) {
        return vocabulary.terms(TermKind.TRACK).stream().filter(t -> t.value().equals(match.value()) && !isAbbreviation(t.text()))
                .map(Term::text).findFirst().orElse(match.text());
    }

    private static List<String> cap(List<String> phrases) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String phrase : phrases) {
            if (out.size() < MAX_LEVEL_PHRASES && seen.add(phrase.toLowerCase(Locale.ROOT))) {
                out.add(phrase);
            }
        }
        return out;
    }

    private static boolean isConsumed(boolean[] consumed, int start, int end) {
        for (int i = start; i < end; i++) {
            if (consumed[i]) {
                return true;
            }
        }
        return false;
    }

    private static List<Concept> distinct(List<Concept> concepts) {
        Map<String, Concept> byClause = new LinkedHashMap<>();
        concepts.forEach(c -> byClause.putIfAbsent(c.clauseName(), c));
        return List.copyOf(byClause.values());
    }

    private static boolean isAbbreviation(String text) {
        return text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
