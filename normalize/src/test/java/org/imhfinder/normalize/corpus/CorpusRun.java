package org.imhfinder.normalize.corpus;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.config.Settings;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.EvidenceMerge;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.sources.SourceDefinition;

/**
 * Runs the whole normalizer over crawled corpus events the way the stage does (a document an event
 * brings makes the pages that waited for it run again) and keeps what the topics would hold at the
 * end: the latest listing per id and the latest outcome per page.
 */
final class CorpusRun {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC);

    final Map<String, ProgramListing> listings = new LinkedHashMap<>();
    final Map<String, PageOutcome> outcomes = new LinkedHashMap<>();
    final List<PageEvent> events = new ArrayList<>();
    /** The latest listing of each page and id: each page's evidence about each program. */
    private final Map<String, ProgramListing> byPage = new LinkedHashMap<>();
    private final PageNormalizer normalizer;

    CorpusRun(List<SourceDefinition> sources) {
        this.normalizer = NormalizeStage.normalizer(Settings.defaults(), sources, "demo-sources.yml",
                new NormalizeMetrics(new SimpleMeterRegistry()), CLOCK);
    }

    /** Crawls every source's site and normalizes its events, optionally in reverse order (PDFs before their pages). */
    static CorpusRun of(List<SourceDefinition> sources, boolean reversed) {
        CorpusRun run = new CorpusRun(sources);
        for (SourceDefinition source : sources) {
            String site = java.net.URI.create(source.seeds().get(0).toString()).getHost().replace(".test", "");
            List<PageEvent> crawled = new ArrayList<>(CorpusCrawl.crawl(source, site, "corpus"));
            if (reversed) {
                Collections.reverse(crawled);
            }
            crawled.forEach(run::normalize);
        }
        return run;
    }

    void normalize(PageEvent event) {
        events.add(event);
        apply(normalizer.normalize(event));
    }

    /** The listings the latest outcome of each page names. */
    List<ProgramListing> listingsOf(String url) {
        PageOutcome outcome = outcomes.get(url);
        return outcome == null ? List.of() : outcome.listingIds().stream().map(listings::get).toList();
    }

    /**
     * What the index would hold: one program per id that the latest outcome of some page names,
     * assembled from every such page's evidence as the indexer does ({@link EvidenceMerge}).
     */
    List<ProgramListing> indexed() {
        Map<String, List<ProgramListing>> evidence = new LinkedHashMap<>();
        for (PageOutcome outcome : outcomes.values()) {
            String page = outcome.finalUrl() != null ? outcome.finalUrl() : outcome.url();
            for (String id : outcome.listingIds()) {
                ProgramListing fromPage = byPage.get(page + " " + id);
                if (fromPage != null) {
                    evidence.computeIfAbsent(id, k -> new ArrayList<>()).add(fromPage);
                }
            }
        }
        return evidence.values().stream()
                .map(pages -> EvidenceMerge.merge(pages, EvidenceMerge.ownPage(pages)).listing()).toList();
    }

    PageNormalizer normalizer() {
        return normalizer;
    }

    private void apply(NormalizedPage page) {
        page.listings().forEach(l -> listings.put(l.id(), l));
        page.listings().forEach(l -> byPage.put(l.sourceUrl() + " " + l.id(), l));
        if (page.outcome() != null) {
            outcomes.put(page.outcome().url(), page.outcome());
        }
        for (PageEvent ready : page.ready()) {
            apply(normalizer.normalizeAgain(ready));
        }
    }
}
