package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.LabelledValues;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.normalize.page.StructuredItem;
import org.jsoup.nodes.Element;

/**
 * Finds the programs a page describes, most explicit first: schema.org program items; a table
 * of levels (one listing per row or column); blocks under their own headings (a section per
 * level, a directory's entries); else the page as one program, if {@link PageClassifier} says it
 * is one. A page that is none of these (home, news, events, staff, donation, contact) yields nothing.
 */
public final class CandidateFinder {
    private final ProgramNames names;
    private final LabelledValues labelled;
    private final PageClassifier classifier;
    private final LevelTables tables;
    private final ProgramBlocks blocks;
    private final Relevance relevance;

    public CandidateFinder(ProgramNames names, LabelledValues labelled, PageClassifier classifier,
                           org.imhfinder.vocabulary.Vocabulary vocabulary) {
        this.names = names;
        this.labelled = labelled;
        this.classifier = classifier;
        this.tables = new LevelTables(names, labelled::group);
        this.blocks = new ProgramBlocks(names, vocabulary, labelled::collect);
        this.relevance = new Relevance(vocabulary);
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
        List<Candidate> rows = tables.find(page.content());
        if (!rows.isEmpty() && !NewsCues.isNews(page.content(), page.content().text())) {
            return new Finding(rows, null);
        }
        List<Candidate> sections = blocks.find(page.content(), page.heading());
        if (!sections.isEmpty()) {
            return new Finding(sections, null);
        }
        List<Labelled> values = labelled.collect(List.of(page.content()));
        PageClassifier.Verdict verdict = classifier.classify(page, values);
        if (!verdict.program()) {
            return new Finding(List.of(), verdict);
        }
        Element nameElement = nameElement(page);
        String name = ProgramNames.clean(nameElement == null ? page.headingText() : nameElement.text());
        return new Finding(List.of(new Candidate(Candidate.Kind.PAGE, name, nameElement == null ? page.heading() : nameElement,
                List.of(page.content()), values, null, null)), verdict);
    }

    /**
     * A page headed only "Endorsement" (or "Requirements") whose one subheading names the program
     * ("Infant Family Specialist (IFS)") is named by that subheading.
     */
    private Element nameElement(Page page) {
        if (names.namesProgram(page.headingText())) {
            return page.heading();
        }
        List<Element> named = page.content().select(Css.of("h2, h3, h4")).stream()
                .filter(h -> names.namesProgram(h.text().trim())).toList();
        return named.size() == 1 ? named.get(0) : page.heading();
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

    public ProgramNames names() {
        return names;
    }

    /** The labelled values of a whole page. */
    public List<Labelled> labelled(Page page) {
        return labelled.collect(List.of(page.content()));
    }
}
