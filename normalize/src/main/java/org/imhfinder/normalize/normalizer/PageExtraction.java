package org.imhfinder.normalize.normalizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.detect.CandidateFinder;
import org.imhfinder.normalize.detect.LevelSplits;
import org.imhfinder.normalize.detect.ProgramNames;
import org.imhfinder.normalize.documents.DocumentStore;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.extract.ProgramExtractor;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.fields.LevelReader;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.normalize.page.PageReader;
import org.imhfinder.normalize.pdf.PdfLayout;
import org.imhfinder.schema.DocumentText;
import org.imhfinder.schema.ExtractionMethod;
import org.jsoup.nodes.Element;

/**
 * From a page to its programs' fields: finds the candidates, resolves those naming several levels
 * ({@link LevelSplits}), runs every extractor on each, and draws on the PDFs the page links. A PDF linked from a program's part of the page fills what
 * the page leaves out (when it is about the same level); a PDF linked from elsewhere that
 * describes a program of its own becomes a program of the page, unless the page is about something
 * else (the steps to apply, a FAQ, renewal), which only points to it. PDFs whose text is not known yet
 * are reported, so the page can be normalized again when they arrive.
 */
public final class PageExtraction {
    private final CandidateFinder finder;
    private final List<ProgramExtractor> extractors;
    private final PageReader reader;
    private final DocumentStore documents;
    private final LevelReader levels;
    private final LevelSplits splits;

    public PageExtraction(CandidateFinder finder, List<ProgramExtractor> extractors, PageReader reader,
                          DocumentStore documents, LevelReader levels) {
        this.finder = finder;
        this.extractors = List.copyOf(extractors);
        this.reader = reader;
        this.documents = documents;
        this.levels = levels;
        this.splits = new LevelSplits(finder.vocabulary());
    }

    /** The programs of a page, and the documents it waits for. */
    public record Extracted(List<FieldSet> programs, Set<String> awaiting) {
    }

    public Extracted extract(Page page) {
        List<Candidate> candidates = candidates(page);
        Map<String, Element> links = page.fromPdf() ? Map.of() : DocumentLinks.of(page.content());
        Set<String> awaiting = new LinkedHashSet<>();
        Set<String> claimed = new LinkedHashSet<>();
        candidates.forEach(c -> claimed.addAll(DocumentLinks.within(links, c.scope())));
        List<Found> found = new ArrayList<>(candidates.stream().map(c -> new Found(page, c, null)).toList());
        boolean adopts = !ProgramNames.isAboutSomethingElse(page.headingText());
        for (String url : links.keySet()) {
            if (!claimed.contains(url) && adopts) {
                documents.get(url).ifPresentOrElse(doc -> found.addAll(ownPrograms(page, doc)), () -> awaiting.add(url));
            }
        }
        List<FieldSet> programs = new ArrayList<>();
        for (Found program : splits.resolve(found, f -> f.candidate().name(), Found::named)) {
            programs.add(fields(page, program, links, awaiting));
        }
        return new Extracted(programs, awaiting);
    }

    /**
     * A program found on the page, or in a PDF it links ({@code document} its URL, {@code page} the PDF's text
     * laid out as a page).
     */
    private record Found(Page page, Candidate candidate, String document) {
        Found named(String name) {
            Candidate c = candidate;
            return new Found(page, new Candidate(c.kind(), name, c.nameElement(), c.scope(), c.labelled(), c.structured(), c.link()),
                    document);
        }
    }

    /** A program's fields; a PDF linked from its part of the page fills what the page leaves out. */
    private FieldSet fields(Page page, Found program, Map<String, Element> links, Set<String> awaiting) {
        FieldSet fields = fields(program.page(), program.candidate()).role(EvidenceRoles.of(program.page(), program.candidate()));
        if (program.document() != null) {
            fields.add(Field.DOCUMENTS, List.of(program.document()), ExtractionMethod.PDF, 0.9, "requirement document");
            return fields;
        }
        for (String url : DocumentLinks.within(links, program.candidate().scope())) {
            documents.get(url).ifPresentOrElse(doc -> enrich(page, fields, doc), () -> awaiting.add(url));
        }
        return fields;
    }

    /** A PDF's text laid out as a page of its own, with the linking page's postal addresses (a PDF has no footer). */
    public Page documentPage(Page from, String url, DocumentText document) {
        return documentPage(from.event(), from.source(), url, document).withAddresses(from.addresses());
    }

    /** A PDF's text laid out as a page of its own, for the event that fetched it (or the page linking it). */
    public Page documentPage(org.imhfinder.schema.PageEvent event, org.imhfinder.sources.SourceDefinition source, String url,
                             DocumentText document) {
        return reader.pdf(event, source, url, PdfLayout.html(document.text(), document.title(), url, finder.names()::namesProgram));
    }

    private List<Candidate> candidates(Page page) {
        List<Candidate> found = finder.find(page).candidates();
        List<Element> ruleNames = page.ruleHits().getOrDefault(Field.NAME, List.of());
        if (found.isEmpty() && !ruleNames.isEmpty()) {
            String name = ProgramNames.clean(ruleNames.get(0).text());
            return List.of(new Candidate(Candidate.Kind.PAGE, name, ruleNames.get(0), List.of(page.content()), List.of(), null, null));
        }
        return found;
    }

    private FieldSet fields(Page page, Candidate candidate) {
        FieldSet fields = new FieldSet();
        for (ProgramExtractor extractor : extractors) {
            extractor.extract(page, candidate, fields);
        }
        return fields;
    }

    /** Fills what the program lacks from a document about the same program (or about no level in particular). */
    private void enrich(Page page, FieldSet fields, DocumentText document) {
        Page docPage = documentPage(page, document.url(), document);
        Set<String> docLevels = levels.all(docPage.headingText());
        Optional<String> level = fields.get(Field.LEVEL, String.class).flatMap(levels::named).map(r -> r.level().id());
        if (!docLevels.isEmpty() && !(level.isPresent() && docLevels.equals(Set.of(level.get())))) {
            return;
        }
        String name = ProgramNames.clean(docPage.headingText());
        Candidate whole = new Candidate(Candidate.Kind.DOCUMENT, name, docPage.heading(), List.of(docPage.content()),
                finder.labelled(docPage), null, null);
        fields.fillFrom(fields(docPage, whole), ExtractionMethod.PDF, document.url());
        fields.add(Field.DOCUMENTS, List.of(document.url()), ExtractionMethod.PDF, 0.9, "linked requirement document");
    }

    /** The programs a linked document describes by itself, as programs of the linking page. */
    private List<Found> ownPrograms(Page page, DocumentText document) {
        Page docPage = documentPage(page, document.url(), document);
        return finder.find(docPage).candidates().stream().map(c -> new Found(docPage, c, document.url())).toList();
    }
}
