package org.imhfinder.normalize.route;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imhfinder.normalize.extract.ProgramExtractor;
import org.imhfinder.normalize.identity.ListingIdentity;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.sources.SourceDefinition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Normalizes one page event: for an OK HTML page, the listings the extractor finds, each with
 * its identity, the page's metadata and a content hash; for every event, the outcome.
 */
public final class PageNormalizer {
    private final Map<String, SourceDefinition> sources;
    private final ProgramExtractor extractor;
    private final MeterRegistry meters;

    public PageNormalizer(List<SourceDefinition> sources, ProgramExtractor extractor, MeterRegistry meters) {
        this.sources = sources.stream().collect(Collectors.toMap(SourceDefinition::id, Function.identity()));
        this.extractor = extractor;
        this.meters = meters;
    }

    public NormalizedPage normalize(PageEvent page) {
        check(page);
        meters.counter("imh.normalize.pages", "status", page.status().name()).increment();
        List<ProgramListing> listings = page.status() == PageStatus.OK && page.body() != null
                ? extract(page) : List.of();
        PageOutcome outcome = new PageOutcome(PageOutcome.SCHEMA_VERSION, page.sourceId(), page.crawlId(), page.url(),
                page.finalUrl(), page.status(), page.httpStatus(), listings.stream().map(ProgramListing::id).toList(),
                page.fetchedAt(), page.error());
        meters.counter("imh.normalize.listings").increment(listings.size());
        return new NormalizedPage(listings, outcome);
    }

    private List<ProgramListing> extract(PageEvent page) {
        SourceDefinition source = sources.get(page.sourceId());
        Document document = Jsoup.parse(page.body(), page.finalUrl() != null ? page.finalUrl() : page.url());
        return extractor.extract(page, document, source).stream().map(listing -> complete(listing, page)).toList();
    }

    private static ProgramListing complete(ProgramListing listing, PageEvent page) {
        ProgramListing withPage = listing.toBuilder()
                .id(ListingIdentity.idOf(page.sourceId(), listing.name(), listing.level()))
                .sourceId(page.sourceId())
                .sourceUrl(page.finalUrl() != null ? page.finalUrl() : page.url())
                .crawlId(page.crawlId())
                .fetchedAt(page.fetchedAt())
                .build();
        return withPage.toBuilder().contentHash(ListingIdentity.contentHashOf(withPage)).build();
    }

    private void check(PageEvent page) {
        if (page.schemaVersion() != PageEvent.SCHEMA_VERSION) {
            throw new InvalidRecordException("unsupported PageEvent schemaVersion " + page.schemaVersion());
        }
        if (page.url() == null || page.status() == null || page.sourceId() == null) {
            throw new InvalidRecordException("a page event needs url, status and sourceId");
        }
        if (page.status() == PageStatus.OK && !sources.containsKey(page.sourceId())) {
            throw new InvalidRecordException("unknown source " + page.sourceId() + " (not in the sources file)");
        }
    }
}
