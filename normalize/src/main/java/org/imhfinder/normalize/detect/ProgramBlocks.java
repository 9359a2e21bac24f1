package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imhfinder.normalize.page.BlockText;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.page.Tags;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.Vocabulary;
import org.jsoup.nodes.Element;

/**
 * Blocks that each describe one program under its own heading: a section per Endorsement level
 * on one page, or the entries of a directory of programs. A block is the largest part of the page
 * holding only that program's heading, plus what follows it up to the next heading; it counts
 * when it states something only a program states (labelled requirements, facts, delivery, who takes
 * part, how to join) and is not news. A block headed by a level of a credential counts without such facts when the page heads
 * two or more blocks by levels: associations describe their categories by scope of work alone, and
 * a sparse listing is still a listing.
 */
final class ProgramBlocks {
    /** Headings, and paragraphs that are one bold run (how many WordPress and Wix pages head their sections). */
    private static final String HEADINGS = "h2, h3, h4, h5, p:has(> strong:only-child), p:has(> b:only-child)";
    private static final int MIN_BLOCKS = 2;
    private static final int BOLD_PARAGRAPH_LEVEL = 6;
    private static final int MIN_DESCRIPTION = 40;

    private final ProgramNames names;
    private final Vocabulary vocabulary;
    private final Function<List<Element>, List<Labelled>> labelled;

    ProgramBlocks(ProgramNames names, Vocabulary vocabulary, Function<List<Element>, List<Labelled>> labelled) {
        this.names = names;
        this.vocabulary = vocabulary;
        this.labelled = labelled;
    }

    List<Candidate> find(Element content, Element pageHeading) {
        return find(content, pageHeading, false);
    }

    /** {@code levelsDescribed}: the page describes levels (not a renewal, FAQ or fee page), so level sections count as they are. */
    List<Candidate> find(Element content, Element pageHeading, boolean levelsDescribed) {
        List<Element> headings = new ArrayList<>();
        for (Element heading : content.select(Css.of(HEADINGS))) {
            boolean boldLine = heading.normalName().equals("p");
            String text = Clauses.clean(heading.text());
            if (heading != pageHeading && !inDataTable(heading) && (!boldLine || isBoldParagraph(heading))
                    && (names.namesProgram(text) || !boldLine && names.namesOffering(text))) {
                headings.add(heading);
            }
        }
        List<Candidate> blocks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean levelSections = levelsDescribed
                && headings.stream().filter(h -> namesLevel(Clauses.clean(h.text()))).count() >= MIN_BLOCKS;
        for (Element heading : headings) {
            List<Element> scope = scope(heading, content, headings, pageHeading);
            Candidate block = block(heading, scope, levelSections);
            if (block != null && !restatesAnother(block.name(), blocks) && seen.add(block.name().toLowerCase(Locale.ROOT))) {
                blocks.add(block);
            }
        }
        if (blocks.size() == 1 && levelsDescribed && namesLevel(blocks.get(0).name()) && stated(blocks.get(0))
                && (pageHeading == null || !namesLevel(Clauses.clean(pageHeading.text()))
                || fullerName(blocks.get(0).name(), Clauses.clean(pageHeading.text())))) {
            // one level's own section: the add-on beside a chart, or the page's level by its full name
            // ("Mental Health Specialist" over "Infant-Family and Early Childhood Mental Health Specialist")
            return blocks;
        }
        return blocks.size() >= MIN_BLOCKS ? blocks : List.of();
    }

    private Candidate block(Element heading, List<Element> scope, boolean levelSections) {
        String text = text(scope).trim();
        Element container = scope.get(0);
        if (NewsCues.isNews(container, text) || linksToItsOwnPage(heading)) {
            return null;
        }
        List<Labelled> values = labelled.apply(scope);
        String name = Clauses.clean(heading.text());
        String link = externalLink(heading);
        boolean described = text.length() - name.length() >= MIN_DESCRIPTION && link != null;
        boolean evidence = !values.isEmpty() || Evidence.any(text)
                || !vocabulary.find(text, TermKind.DELIVERY).isEmpty() || described || levelSections && namesLevel(name)
                || ProgramCues.namesParticipants(text) || ProgramCues.enrols(text);
        return evidence ? new Candidate(Candidate.Kind.BLOCK, name, heading, scope, values, null, link) : null;
    }

    /**
     * Inside a table of data (two or more rows of two or more cells), where a bold cell heads a row, not a
     * section: the table's rows are read as a table. A table laying out the whole page (Wild Apricot,
     * old hand-built sites) holds sections like any container.
     */
    private static boolean inDataTable(Element heading) {
        Element table = heading.closest(Css.of("table"));
        if (table == null) {
            return false;
        }
        long rows = table.select(Css.of("tr")).stream().filter(r -> r.closest(Css.of("table")) == table)
                .filter(r -> r.children().stream().filter(c -> Tags.isCell(c.normalName())).count() >= 2).count();
        return rows >= 2 || table.parent() != null && inDataTable(table.parent());
    }

    /** "100% Online Master's in X" after "Master's in X": the same program named again, not a level's designation. */
    private boolean restatesAnother(String name, List<Candidate> blocks) {
        String lower = name.toLowerCase(Locale.ROOT);
        return vocabulary.find(name, TermKind.ENDORSEMENT_LEVEL).isEmpty()
                && blocks.stream().anyMatch(b -> lower.contains(b.name().toLowerCase(Locale.ROOT)));
    }

    private static boolean fullerName(String name, String pageHeading) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.length() > pageHeading.length() && lower.endsWith(pageHeading.toLowerCase(Locale.ROOT));
    }

    /** A block stating requirements: labelled values or facts. */
    private static boolean stated(Candidate block) {
        return !block.labelled().isEmpty()
                || Evidence.any(text(block.scope()));
    }

    /** The scope's elements' texts, a line each. */
    private static String text(List<Element> scope) {
        return scope.stream().map(BlockText::of).collect(Collectors.joining("\n"));
    }

    /** A heading that starts with a level's name ("Family Specialist (IFS)", "Infant Mental Health Mentor (IV)"). */
    private boolean namesLevel(String heading) {
        var levels = vocabulary.find(heading, TermKind.ENDORSEMENT_LEVEL);
        return !levels.isEmpty() && levels.get(0).start() == 0;
    }

    /**
     * The heading's block: its largest ancestor holding no other program heading (nor the page's own heading: a
     * section is never the whole page), and the siblings after it up to the next one.
     */
    private static List<Element> scope(Element heading, Element content, List<Element> headings, Element pageHeading) {
        Element start = heading;
        while (start.parent() != null && start.parent() != content && holdsOnly(start.parent(), heading, headings)
                && (pageHeading == null || !isAncestor(start.parent(), pageHeading))) {
            start = start.parent();
        }
        List<Element> scope = new ArrayList<>();
        scope.add(start);
        int level = level(heading);
        for (Element next = start.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (endsBlock(next, level, headings)) {
                break;
            }
            scope.add(next);
        }
        return scope;
    }

    /** The next heading of the same or a higher level, or anything holding another program's heading. */
    private static boolean endsBlock(Element next, int level, List<Element> headings) {
        if ((Tags.isHeading(next.normalName()) || isBoldParagraph(next)) && level(next) <= level) {
            return true;
        }
        return headings.stream().anyMatch(h -> h == next || isAncestor(next, h));
    }

    private static int level(Element heading) {
        return Tags.isHeading(heading.normalName()) ? heading.normalName().charAt(1) - '0' : BOLD_PARAGRAPH_LEVEL;
    }

    private static boolean isBoldParagraph(Element element) {
        return element.normalName().equals("p") && element.ownText().isBlank() && element.childrenSize() == 1
                && Tags.isBold(element.child(0).normalName());
    }

    private static boolean holdsOnly(Element element, Element heading, List<Element> headings) {
        for (Element other : headings) {
            if (other != heading && isAncestor(element, other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element p = element.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading linking to another page of the site heads a hub's entry: the linked page is the program's own,
     * and the program is read there (a PDF is not such a page: it is read with this one).
     */
    private static boolean linksToItsOwnPage(Element heading) {
        Element link = heading.selectFirst(Css.of("a[href]"));
        if (link == null) {
            return false;
        }
        String href = link.absUrl("href");
        String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
        return href.startsWith("http") && sameHost(href, heading.baseUri()) && !path.toLowerCase(Locale.ROOT).endsWith(".pdf")
                && !href.equals(heading.baseUri());
    }

    /** A directory entry's link to the program's own page, on another site. */
    private static String externalLink(Element heading) {
        Element link = heading.selectFirst(Css.of("a[href]"));
        if (link == null) {
            return null;
        }
        String href = link.absUrl("href");
        String base = heading.baseUri();
        return href.startsWith("http") && !sameHost(href, base) ? href : null;
    }

    private static boolean sameHost(String a, String b) {
        try {
            return java.net.URI.create(a).getHost().equalsIgnoreCase(java.net.URI.create(b).getHost());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
