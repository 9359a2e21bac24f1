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

    /** What the index would hold: the listings the latest outcome of some page names, once each. */
    List<ProgramListing> indexed() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        outcomes.values().forEach(o -> ids.addAll(o.listingIds()));
        return ids.stream().map(listings::get).filter(java.util.Objects::nonNull).toList();
    }

    PageNormalizer normalizer() {
        return normalizer;
    }

    private void apply(NormalizedPage page) {
        page.listings().forEach(l -> listings.put(l.id(), l));
        if (page.outcome() != null) {
            outcomes.put(page.outcome().url(), page.outcome());
        }
        for (PageEvent ready : page.ready()) {
            apply(normalizer.normalizeAgain(ready));
        }
    }
}
