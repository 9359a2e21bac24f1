package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.LabelledValues;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.normalize.page.StructuredItem;
import org.imhfinder.normalize.text.Literals;
import org.jsoup.nodes.Element;

/**
 * Finds the programs a page describes, most explicit first: schema.org program items; a table
 * of levels (one listing per row or column); blocks under their own headings (a section per
 * level, a directory's entries); else the page as one program, if {@link PageClassifier} says it
 * is one. A page that is none of these (home, news, events, staff, donation, contact) yields nothing.
 */
public final class CandidateFinder {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern REQUIREMENTS_LINK = java.util.regex.Pattern.compile("(?i)\\brequirements?\\b");
    private static final Literals.Words REQUIREMENT = Literals.words("requirement");

    private final ProgramNames names;
    private final LabelledValues labelled;
    private final PageClassifier classifier;
    private final LevelTables tables;
    private final ProgramBlocks blocks;
    private final LevelItems items;
    private final CredentialTiers tiers;
    private final DirectoryEntries directory;
    private final Relevance relevance;
    private final org.imhfinder.vocabulary.Vocabulary vocabulary;

    public CandidateFinder(ProgramNames names, LabelledValues labelled, PageClassifier classifier,
                           org.imhfinder.vocabulary.Vocabulary vocabulary) {
        this.names = names;
        this.labelled = labelled;
        this.classifier = classifier;
        this.tables = new LevelTables(names, vocabulary, labelled::group);
        this.blocks = new ProgramBlocks(names, vocabulary, labelled::collect);
        this.items = new LevelItems(vocabulary);
        this.tiers = new CredentialTiers(names);
        this.directory = new DirectoryEntries(names, new ProseNames(vocabulary));
        this.relevance = new Relevance(vocabulary);
        this.vocabulary = vocabulary;
    }

    /** What was found and why: the candidates and, for a whole page, the classifier's verdict. */
    public record Finding(List<Candidate> candidates, PageClassifier.Verdict verdict) {
    }

    public Finding find(Page page) {
        Finding found = findAny(page);
        List<Candidate> relevant = found.candidates().stream().filter(relevance::isAboutTheField).toList();
        return new Finding(relevant, found.verdict());
    }

    private Finding findAny(Page page) {
        List<StructuredItem> programs = page.structured().stream().filter(StructuredItem::isProgram).toList();
        if (!programs.isEmpty()) {
            return new Finding(structured(page, programs), null);
        }
        List<Candidate> parts = parts(page);
        if (!parts.isEmpty()) {
            return new Finding(parts, null);
        }
        List<Labelled> values = labelled.collect(List.of(page.content()));
        PageClassifier.Verdict verdict = classifier.classify(page, values);
        if (!verdict.program()) {
            return new Finding(List.of(), verdict);
        }
        Element nameElement = nameElement(page);
        String name = ProgramNames.clean(nameElement != null ? fuller(nameElement.text(), page) : definedOrHeading(page));
        return new Finding(List.of(new Candidate(Candidate.Kind.PAGE, name, nameElement == null ? page.heading() : nameElement,
                List.of(page.content()), values, null, null)), verdict);
    }

    /**
     * The programs a page describes in parts: sections under their own headings, the programs a directory's
     * entries name, levels in a list, a credential's own tiers, rows or columns of a table. One program may be in several (a level's section and its table row): they are read
     * separately and become one listing by their common id. News, and pages about something else than the
     * programs (renewal, FAQ, fees), describe none, whatever their lists say.
     */
    private List<Candidate> parts(Page page) {
        boolean news = NewsCues.isNews(page.content(), page.contentPlainText()) || page.hasStructuredNews();
        boolean levelsDescribed = !news && !ProgramNames.isAboutSomethingElseThanPrograms(page.headingText())
                && !pointsToRequirements(page);
        boolean aboutOtherThings = ProgramNames.isAboutSomethingElseThanPrograms(page.headingText());
        List<Candidate> found = new ArrayList<>();
        if (!aboutOtherThings) {
            found.addAll(blocks.find(page.content(), page.heading(), levelsDescribed));
            found.addAll(news ? List.of() : directory.find(page.content()));
        }
        if (levelsDescribed) {
            found.addAll(items.find(page.content()));
            found.addAll(tiers.find(page.content(), page.contentPlainText(), page.headingText()));
        }
        if (!news) {
            found.addAll(tables.find(page.content()));
        }
        return found;
    }

    /**
     * A page that sends its reader to the levels' requirements on another page of the site ("read the full
     * requirements for each level") summarises the levels that page describes: its level sections and lists
     * are a hub's, not programs of their own. A PDF of requirements is not such a page: it is read with this one.
     */
    private static boolean pointsToRequirements(Page page) {
        String host = java.net.URI.create(page.url()).getHost();
        for (Element link : page.content().select(Css.of("a[href]"))) {
            String text = link.text();
            if (!REQUIREMENT.in(text) || !REQUIREMENTS_LINK.matcher(text).find()) {
                continue; // most links say nothing of requirements: no need to resolve them
            }
            String href = link.absUrl("href");
            if (!href.toLowerCase(Locale.ROOT).contains(".pdf")
                    && host != null && host.equalsIgnoreCase(hostOf(href)) && !href.equals(page.url())) {
                return true;
            }
        }
        return false;
    }

    private static String hostOf(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A page headed only "Endorsement" (or "Postdoctoral Fellowship") whose subheading names the program
     * ("Infant Family Specialist (IFS)", "Postdoctoral Fellowship in Infant and Early Childhood Mental Health")
     * is named by its first such subheading; null when neither names it.
     */
    private Element nameElement(Page page) {
        String heading = page.headingText();
        List<Element> subheadings = page.content().select(Css.of("h2, h3, h4")).stream()
                .filter(h -> !ProgramNames.isLabel(h.text().trim())).toList();
        if (names.namesProgram(heading) || names.namesOffering(heading)) {
            // "Community Fellowship" over "Community Fellowship in Infant and Early Childhood Mental Health",
            // "DC:0-5 Manual and Training" over "DC:0-5 Clinical Training": the subheading names it more fully
            return subheadings.stream().filter(h -> names.namesProgram(h.text().trim()) && restates(h.text().trim(), heading))
                    .findFirst().orElse(page.heading());
        }
        return subheadings.stream().filter(h -> names.namesProgram(h.text().trim())).findFirst()
                .or(() -> subheadings.stream().filter(h -> names.namesOffering(h.text().trim())).findFirst()).orElse(null);
    }

    /** The subheading starts with the heading's first word and names its last (its head noun). */
    private static boolean restates(String subheading, String heading) {
        String[] words = SPACES.split(heading.toLowerCase(Locale.ROOT));
        String sub = subheading.toLowerCase(Locale.ROOT);
        return words.length > 1 && sub.startsWith(words[0] + " ") && sub.contains(" " + words[words.length - 1])
                && !sub.equals(heading.toLowerCase(Locale.ROOT));
    }

    /**
     * "Capstone Certificate Program" headed over "The Infant, Early Childhood and Family Mental Health Capstone
     * Certificate Program is a credit-based program": the sentence saying what it is names it in full.
     */
    private static String fuller(String heading, Page page) {
        String lower = heading.trim().toLowerCase(Locale.ROOT);
        return ProgramCues.definedName(page.contentText())
                .filter(d -> d.length() > lower.length() && d.toLowerCase(Locale.ROOT).endsWith(lower)).orElse(heading);
    }

    /**
     * A page whose headings name no program is named by the sentence saying what it is, by its title when that
     * names a level ("To become Endorsed" titled "Infant Family Specialist"), else by its heading.
     */
    private String definedOrHeading(Page page) {
        String title = page.title() == null ? "" : page.title();
        return ProgramCues.definedName(page.contentText())
                .orElse(names.namesLevel(title) && !names.namesLevelByNumber(page.headingText()) ? title : page.headingText());
    }

    /** One candidate per schema.org program; a single one describes the whole page. */
    private List<Candidate> structured(Page page, List<StructuredItem> programs) {
        List<Candidate> out = new ArrayList<>();
        for (StructuredItem item : programs) {
            String name = item.text("name") != null ? item.text("name") : page.headingText();
            List<Element> scope = programs.size() == 1 ? List.of(page.content()) : scopeNamed(page, name);
            out.add(new Candidate(Candidate.Kind.STRUCTURED, ProgramNames.clean(name), page.heading(), scope,
                    labelled.collect(scope), item, null));
        }
        return out;
    }

    /** The block whose heading carries this name, when a page has several structured programs. */
    private List<Element> scopeNamed(Page page, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Candidate block : blocks.find(page.content(), page.heading())) {
            if (block.name().toLowerCase(Locale.ROOT).contains(wanted) || wanted.contains(block.name().toLowerCase(Locale.ROOT))) {
                return block.scope();
            }
        }
        return List.of();
    }

    public org.imhfinder.vocabulary.Vocabulary vocabulary() {
        return vocabulary;
    }

    public ProgramNames names() {
        return names;
    }

    /** The labelled values of a whole page. */
    public List<Labelled> labelled(Page page) {
        return labelled.collect(List.of(page.content()));
    }
}
