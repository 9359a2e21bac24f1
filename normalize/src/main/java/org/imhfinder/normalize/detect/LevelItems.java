package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Levels of a credential described as the items of a list: "Infant Family Associate: Promotion",
 * "<b>Infant Family Specialist</b> – professionals who offer prevention...". Such a list is how many
 * associations describe their categories, by scope of work, without a number in sight; each item is
 * a program (a sparse listing is still a listing). A Mentor item whose sub-list describes its
 * designations ("Clinical – experienced clinicians...") is one program per designation.
 *
 * <p>Not programs: a list of bare names (an overview), names linking to the levels' own pages on the
 * site (a hub: those pages are the programs), names followed only by a fee ("– $25"). A name linking
 * off the site (to an application system the crawler cannot read) is a program of this page, described
 * or not. A page lists levels when one of its lists has {@value #MIN_ITEMS} of them; then a list of one
 * (the add-on, after the categories) counts too.
 */
final class LevelItems {
    private static final Pattern TRAILING_DASHES = Pattern.compile("\\s*[:–—-]+$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s:\u2013\u2014-]+");
    private static final int MIN_ITEMS = 2;
    private static final int MAX_TITLE = 120;
    /** "Name: scope", "Name – scope": the separator after an item's title. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?::|\\s[\u2013\u2014-]\\s|\u2013|\u2014)\\s*");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern DESIGNATION = Pattern.compile("(?i)^(clinical|policy(?:/administrat\\w*)?|research(?:\\s*/\\s*faculty)?|faculty)\\b");
    private static final Pattern LIST = Pattern.compile("ul|ol");
    private static final Pattern LEAD = Pattern.compile("strong|b|a|em|span");

    private final Vocabulary vocabulary;

    LevelItems(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Candidate> find(Element content) {
        Map<Element, List<Candidate>> byList = new LinkedHashMap<>();
        for (Element item : content.select(Css.of("li"))) {
            Element list = item.parent();
            if (list == null || !LIST.matcher(list.normalName()).matches() || isInsideLevelItem(item)) {
                continue;
            }
            itemCandidates(item).forEach(c -> byList.computeIfAbsent(list, l -> new ArrayList<>()).add(c));
        }
        List<Candidate> found = new ArrayList<>();
        boolean listsLevels = byList.values().stream().anyMatch(items -> items.size() >= MIN_ITEMS);
        byList.values().stream().filter(items -> listsLevels).forEach(found::addAll); // the add-on's list of one beside the levels'
        return found;
    }

    /** The item's program, or its designations' programs; none when the item is no described level. */
    private List<Candidate> itemCandidates(Element item) {
        Optional<Title> title = title(item);
        if (title.isEmpty()) {
            return List.of();
        }
        List<Candidate> designations = designations(item, title.get());
        if (!designations.isEmpty()) {
            return designations;
        }
        Title t = title.get();
        return t.described() || t.leavesSite() ? List.of(candidate(t.name(), item, null)) : List.of();
    }

    /**
     * "Infant Mental Health Mentor" over "Clinical – ...", "Policy – ...": one program per designation, each
     * described, or named under a described Mentor ("Mentor: Leadership" over "Clinical", "Policy").
     */
    private List<Candidate> designations(Element item, Title parent) {
        boolean described = parent.described();
        if (vocabulary.level(levelId(parent.name())).map(l -> l.number() == null || l.number() != 4).orElse(true)) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Element list : item.children()) {
            if (!LIST.matcher(list.normalName()).matches()) {
                continue;
            }
            for (Element sub : list.children()) {
                String text = Clauses.clean(sub.text());
                Matcher designation = DESIGNATION.matcher(text);
                if (designation.find() && (described || describes(text.substring(designation.end())))) {
                    out.add(candidate(bare(parent.name()) + " - " + designation.group(1), sub, null));
                }
            }
        }
        return out.size() >= MIN_ITEMS ? out : List.of();
    }

    private static Candidate candidate(String name, Element item, String link) {
        return new Candidate(Candidate.Kind.BLOCK, name, item, List.of(item), List.of(), null, link);
    }

    /** An item's title: a lead element (bold, link) or the text before its separator, if it starts with a level. */
    private Optional<Title> title(Element item) {
        String own = Clauses.clean(ownText(item));
        Element lead = lead(item, own);
        String name;
        String rest;
        if (lead != null) {
            String leadText = Clauses.clean(lead.text());
            name = TRAILING_DASHES.matcher(leadText).replaceFirst("");
            rest = own.substring(Math.min(own.length(), own.indexOf(leadText) + leadText.length()));
        } else {
            Matcher separator = SEPARATOR.matcher(own);
            boolean separated = separator.find();
            name = separated ? own.substring(0, separator.start()) : own;
            rest = separated ? own.substring(separator.end()) : "";
        }
        if (name.length() > MAX_TITLE || !startsWithLevel(name)) {
            return Optional.empty();
        }
        String link = lead != null && lead.normalName().equals("a") ? lead.absUrl("href") : null;
        if (link != null && !link.isEmpty() && sameSite(link, item.baseUri())) {
            return Optional.empty(); // a hub's pointer to the level's own page
        }
        return Optional.of(new Title(name, describes(rest), link != null && !link.isEmpty()));
    }

    /** The item's first child, when the item's text starts with it: "<b>Name</b> – ...", "<a>Name</a> (...)". */
    private static Element lead(Element item, String own) {
        Element first = item.firstElementChild();
        while (first != null && first.normalName().equals("p") && first.childrenSize() == 1 && first.ownText().isBlank()) {
            first = first.firstElementChild();
        }
        if (first == null || !LEAD.matcher(first.normalName()).matches()) {
            return null;
        }
        String text = Clauses.clean(first.text());
        return !text.isEmpty() && own.startsWith(text) ? first : null;
    }

    /** The title starts with a level, or with its state's name and then the level ("Ohio Infant Family Affiliate"). */
    private boolean startsWithLevel(String name) {
        List<TermMatch> levels = vocabulary.find(name, TermKind.ENDORSEMENT_LEVEL);
        if (levels.isEmpty()) {
            return false;
        }
        int start = levels.get(0).start();
        return start == 0 || vocabulary.find(name, TermKind.REGION).stream()
                .anyMatch(state -> state.start() == 0 && name.substring(state.end(), start).isBlank());
    }

    private String levelId(String name) {
        List<TermMatch> levels = vocabulary.find(name, TermKind.ENDORSEMENT_LEVEL);
        return levels.isEmpty() ? "" : levels.get(0).value();
    }

    /** Text that says something about the level: a word, once separators and parentheses are gone, and not just a fee. */
    private static boolean describes(String rest) {
        String text = PARENTHESES.matcher(rest).replaceAll(" ");
        text = LEADING_MARKS.matcher(text).replaceFirst("");
        return WORD.matcher(text).find() && !text.trim().startsWith("$");
    }

    private static String bare(String name) {
        return Clauses.clean(PARENTHESES.matcher(name).replaceAll(" "));
    }

    /** An item inside another level item (a designation under its Mentor) is read with its parent. */
    private boolean isInsideLevelItem(Element item) {
        for (Element p = item.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("li") && title(p).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The item's own text, without its sub-lists. */
    private static String ownText(Element item) {
        StringBuilder out = new StringBuilder();
        for (Node node : item.childNodes()) {
            if (node instanceof Element e && LIST.matcher(e.normalName()).matches()) {
                continue;
            }
            out.append(node instanceof Element e ? e.text() : node instanceof TextNode t ? t.text() : "").append(' ');
        }
        return out.toString();
    }

    private static boolean sameSite(String href, String base) {
        try {
            return java.net.URI.create(href).getHost().equalsIgnoreCase(java.net.URI.create(base).getHost());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private record Title(String name, boolean described, boolean leavesSite) {
    }
}
