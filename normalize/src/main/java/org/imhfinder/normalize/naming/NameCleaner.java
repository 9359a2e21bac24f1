package org.imhfinder.normalize.naming;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * The name of a program that is not a level, as a person would write it in a directory: the
 * provider's own words without what the page wraps them in. Headings and titles carry more than the
 * name: the page's purpose ("... Requirements", "Welcome to ...", "Apply for ..."), the site's name
 * after a separator ("... | Erikson Institute"), a section name that the name repeats ("Learning
 * Collaborative — Illinois Child-Parent Psychotherapy Learning Collaborative"), a cohort's years
 * ("... Program 2024 – 2025"), a catalogue's course code ("XMED-600 - ..."), a CMS slug ("copy-of-"),
 * trademark signs, and capitals set by the theme. Each rule only removes what the name does not need;
 * a name that would be left empty is kept as written.
 */
final class NameCleaner {
    private static final Pattern SLUG_SEPARATORS = Pattern.compile("[-_]+");
    private static final Pattern MARKS = Pattern.compile("\\s*(?:[\u2122\u00AE\u00A9\u2120]|\\((?:TM|R|C)\\))");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0]+");
    /** Separators between a title's parts; a hyphen only with spaces around it ("Child-Parent" is one word). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u2022\u00B7\u00BB-]\\s+|\\s*::\\s*");
    private static final Pattern TITLE_PARTS = Pattern.compile(":\\s+|" + SEPARATOR.pattern());
    private static final Pattern COPY_OF = Pattern.compile("(?i)^copy[\\s_-]+of[\\s_-]+");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:[-_][a-z0-9]+)+$");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:welcome to|about|apply (?:now )?(?:for|to)|apply|"
            + "(?:how )?to become(?: endorsed)?(?: as)?|introducing|the)\\s+(?:(?:the|our|an?)\\s+)?");
    private static final Pattern TRAILING = Pattern.compile("(?i)[\\s:,\u2013\u2014-]+(?:requirements?|overview|guidelines|"
            + "information|details|at a glance|(?:apply|register|enroll|start)? ?(?:now|today))\\s*$");
    /** Quotes around the whole name, and punctuation after it ("14 Month Program Overview:"). */
    private static final Pattern QUOTES = Pattern.compile("^[\"\u201C\u2018']+|[\"\u201D\u2019']+$|[\\s:;,.\u2013\u2014-]+$");
    private static final Pattern COURSE_CODE = Pattern.compile("^[A-Z]{2,6}[-\\s]?\\d{3,4}[A-Z]?\\s*[-\u2013\u2014:]\\s+");
    private static final Pattern YEARS = Pattern.compile("[\\s,(]+(?:19|20)\\d{2}(?:\\s*[-\u2013\u2014/]\\s*(?:19|20)?\\d{2})?\\)?\\s*$");
    /** A part of a title giving an offering's dates ("Beginning July 26-30", "Starts Fall 2026"): the cohort's, not the name's. */
    private static final Pattern DATED = Pattern.compile("(?i)^(?:(?:beginning|begins|starting|starts|next cohort|cohort|"
            + "session|dates?)[:\\s]+)?(?:on\\s+|in\\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d"
            + "|(?:fall|spring|summer|winter)(?:\\s+(?:19|20)\\d{2})?$).*$");
    /** Parts of a title that name a kind of page, not a program. */
    private static final Set<String> PAGE_WORDS = Set.of("home", "overview", "requirements", "details", "information",
            "program", "programs", "admissions", "apply", "about", "guidelines", "welcome", "page", "the", "and", "of", "our",
            "now", "today", "register", "registration", "learn", "more", "info", "here", "click");
    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "in", "and", "for", "to", "on", "at", "with", "&");

    private final TitleCase titleCase;

    NameCleaner(Vocabulary vocabulary) {
        this.titleCase = new TitleCase(vocabulary);
    }

    /** The name cleaned; {@code site} is the source's or provider's name, dropped where it stands as a part of its own. */
    String clean(String raw, String site) {
        String name = QUOTES.matcher(WHITESPACE.matcher(MARKS.matcher(raw).replaceAll("")).replaceAll(" ").trim()).replaceAll("");
        name = COPY_OF.matcher(name).replaceFirst("");
        if (SLUG.matcher(name).matches()) {
            name = SLUG_SEPARATORS.matcher(name).replaceAll(" ").toUpperCase(Locale.ROOT);
        }
        name = YEARS.matcher(name).replaceFirst("");
        String kept = parts(name, site);
        kept = COURSE_CODE.matcher(kept).replaceFirst("");
        kept = trimmed(kept);
        kept = titleCased(kept);
        return kept.isBlank() ? WHITESPACE.matcher(raw).replaceAll(" ").trim() : kept;
    }

    /** Leading and trailing words about the page, repeatedly ("Welcome to the X Program Overview"). */
    private static String trimmed(String name) {
        String previous;
        String current = name;
        do {
            previous = current;
            String lead = LEADING.matcher(current).replaceFirst("");
            String trail = TRAILING.matcher(lead).replaceFirst("").trim();
            current = trail.isBlank() ? previous : trail;
        } while (!current.equals(previous));
        return current;
    }

    /** The title's parts that belong to the name: not the site's name, not a page word, not a part another part repeats. */
    private static String parts(String name, String site) {
        List<String> parts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(name);
        int last = 0;
        while (m.find()) {
            parts.add(name.substring(last, m.start()).trim());
            separators.add(m.group());
            last = m.end();
        }
        parts.add(name.substring(last).trim());
        if (parts.size() == 1) {
            return name;
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!aboutThePage(parts, i)) {
                keep.add(i);
            }
        }
        // the site's name goes only when something else names the program ("Learning Collaborative — <the
        // provider's name>" is a program named after its provider)
        List<Integer> named = keep.stream().filter(i -> !isSite(words(parts.get(i)), site)).toList();
        if (!named.isEmpty()) {
            keep = named;
        }
        if (keep.isEmpty()) {
            return parts.get(0);
        }
        StringBuilder out = new StringBuilder(parts.get(keep.get(0)));
        for (int k = 1; k < keep.size(); k++) {
            out.append(separators.get(keep.get(k) - 1)).append(parts.get(keep.get(k)));
        }
        return out.toString();
    }

    /** A part naming a kind of page, an offering's dates after the name, or repeated by a longer part ("Learning Collaborative" of "Illinois ... Learning Collaborative"). */
    private static boolean aboutThePage(List<String> parts, int i) {
        Set<String> words = words(parts.get(i));
        if (words.isEmpty() || PAGE_WORDS.containsAll(words) || i > 0 && DATED.matcher(parts.get(i)).matches()) {
            return true;
        }
        for (int j = 0; j < parts.size(); j++) {
            Set<String> other = words(parts.get(j));
            if (j != i && other.size() > words.size() && other.containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    /** A part that is the site's name, or most of it ("Erikson Institute", "IECMHC Network" of a longer name). */
    private static boolean isSite(Set<String> words, String site) {
        if (site == null || site.isBlank()) {
            return false;
        }
        Set<String> siteWords = words(site);
        long shared = words.stream().filter(siteWords::contains).count();
        return shared == words.size() && shared * 2 >= Math.min(siteWords.size(), 4);
    }

    private String titleCased(String name) {
        Matcher m = TITLE_PARTS.matcher(name);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(titleCase.of(name.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(titleCase.of(name.substring(last))).toString();
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace("\u2019", "'").split("[^\\p{L}\\p{N}&']+"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
