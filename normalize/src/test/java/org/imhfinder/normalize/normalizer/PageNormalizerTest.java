package org.imhfinder.normalize.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.normalize.pdf.UnreadableDocumentException;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.sources.SourceDefinition;
import org.junit.jupiter.api.Test;

class PageNormalizerTest {
    private static final String TABLE = Fixtures.html("levels-across-the-top-of-a-table.html");
    private final SourceDefinition source = Fixtures.source();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PageNormalizer normalizer = Fixtures.normalizer(List.of(source), meters);

    @Test
    void theOutcomeOfAPageWithSeveralProgramsNamesEveryListingInOrder() {
        NormalizedPage page = normalizer.normalize(Fixtures.ok(source, "/glance/", TABLE));

        assertThat(page.listings()).hasSize(3);
        assertThat(page.outcome().status()).isEqualTo(PageStatus.OK);
        assertThat(page.outcome().listingIds()).containsExactlyElementsOf(page.listings().stream().map(ProgramListing::id).toList());
        assertThat(meters.get("imh.normalize.pages").tags("status", "OK", "outcome", "program").counter().count()).isEqualTo(1);
        assertThat(meters.get("imh.normalize.listings").tag("trigger", "page").counter().count()).isEqualTo(3);
    }

    @Test
    void aPageThatIsNotAProgramHasAnOutcomeWithoutListings() {
        NormalizedPage page = normalizer.normalize(Fixtures.ok(source, "/news/", Fixtures.html("news-post-about-a-program.html")));

        assertThat(page.listings()).isEmpty();
        assertThat(page.outcome().listingIds()).isEmpty();
        assertThat(meters.get("imh.normalize.pages").tags("status", "OK", "outcome", "non_program").counter().count()).isEqualTo(1);
    }

    @Test
    void statusEventsPassThroughAsOutcomesWithTheirStatus() {
        for (PageStatus status : List.of(PageStatus.NOT_MODIFIED, PageStatus.MOVED, PageStatus.GONE, PageStatus.ERROR)) {
            PageEvent event = Fixtures.status(source, "/page/", status, 0, status == PageStatus.MOVED ? "https://new.example.org/page/" : null);

            NormalizedPage page = normalizer.normalize(event);

            assertThat(page.listings()).isEmpty();
            assertThat(page.outcome().status()).isEqualTo(status);
            assertThat(page.outcome().finalUrl()).isEqualTo(event.finalUrl());
        }
    }

    @Test
    void aListingKeepsItsIdWhenItsPageMovesIsCrawledAgainOrChangesItsFooter() {
        ProgramListing first = normalizer.normalize(Fixtures.ok(source, "/glance/", TABLE)).listings().get(1);
        String movedAndRestyled = TABLE.replace("</main>", "</main><footer>New footer, new address</footer>")
                .replace("<title>Requirements at a glance</title>", "<title>At a glance (updated)</title>");

        ProgramListing moved = normalizer.normalize(Fixtures.ok(source, "/endorsement/at-a-glance/", movedAndRestyled)).listings().get(1);

        assertThat(moved.id()).isEqualTo(first.id());
        assertThat(moved.contentHash()).isEqualTo(first.contentHash());
        assertThat(moved.sourceUrl()).isNotEqualTo(first.sourceUrl());
    }

    @Test
    void aChangedRequirementChangesTheContentHashButNotTheId() {
        ProgramListing before = normalizer.normalize(Fixtures.ok(source, "/glance/", TABLE)).listings().get(1);
        String changed = TABLE.replace("<td>24 hours</td>", "<td>32 hours</td>");

        ProgramListing after = normalizer.normalize(Fixtures.ok(source, "/glance/", changed)).listings().get(1);

        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
    }

    @Test
    void aPageLinkingAPdfWaitsForItAndIsEnrichedWhenItArrives() {
        String html = Fixtures.html("broken-jsonld.html").replace("</main>", "<p><a href=\"/docs/fellowship.pdf\">Requirements</a></p></main>");
        PageEvent page = Fixtures.ok(source, "/fellowship/", html);
        assertThat(normalizer.normalize(page).listings().get(0).documents()).isEmpty();

        NormalizedPage pdf = normalizer.normalize(Fixtures.pdf(source, "/docs/fellowship.pdf", PdfFixtures.fellowship(), page.url()));

        assertThat(pdf.listings()).isEmpty();
        assertThat(pdf.document().referrer()).isEqualTo(page.url());
        assertThat(pdf.ready()).containsExactly(page);
        ProgramListing enriched = normalizer.normalizeAgain(pdf.ready().get(0)).listings().get(0);
        assertThat(enriched.documents()).containsExactly(source.seeds().get(0).resolve("/docs/fellowship.pdf").toString());
        assertThat(enriched.cost()).contains("$2,400");
        assertThat(enriched.provenance().get("cost").method()).isEqualTo(ExtractionMethod.PDF);
    }

    @Test
    void aPdfKnownBeforeItsPageEnrichesThePageAtOnce() {
        String html = Fixtures.html("broken-jsonld.html").replace("</main>", "<p><a href=\"/docs/fellowship.pdf\">Requirements</a></p></main>");
        PageEvent page = Fixtures.ok(source, "/fellowship/", html);
        normalizer.normalize(Fixtures.pdf(source, "/docs/fellowship.pdf", PdfFixtures.fellowship(), page.url()));

        assertThat(normalizer.normalize(page).listings().get(0).cost()).contains("$2,400");
    }

    @Test
    void aPdfNoPageLinkedIsAPageOfItsOwn() {
        NormalizedPage pdf = normalizer.normalize(Fixtures.pdf(source, "/docs/fellowship.pdf", PdfFixtures.fellowship(), null));

        assertThat(pdf.listings()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Infant Mental Health Fellowship");
            assertThat(l.sourceUrl()).endsWith("/docs/fellowship.pdf");
        });
        assertThat(pdf.outcome().listingIds()).hasSize(1);
    }

    @Test
    void aGonePdfIsForgotten() {
        normalizer.normalize(Fixtures.pdf(source, "/docs/fellowship.pdf", PdfFixtures.fellowship(), "https://x/"));

        NormalizedPage gone = normalizer.normalize(Fixtures.status(source, "/docs/fellowship.pdf", PageStatus.GONE, 404, null));

        assertThat(gone.goneDocument()).endsWith("/docs/fellowship.pdf");
        assertThat(normalizer.knownDocuments()).isZero();
    }

    @Test
    void anUnreadablePdfIsRefusedWithItsReason() {
        PageEvent broken = Fixtures.pdf(source, "/docs/broken.pdf", "%PDF-1.7 not really".getBytes(), "https://x/");

        assertThatThrownBy(() -> normalizer.normalize(broken)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("/docs/broken.pdf");
    }

    @Test
    void anEventOfAnUnknownSourceOrVersionIsRefused() {
        PageEvent unknown = Fixtures.ok(Fixtures.source("elsewhere", null, List.of()), "/", TABLE);
        PageEvent future = new PageEvent(2, source.id(), "c", "https://x/", null, PageStatus.OK, 200, Map.of(), null, null, "",
                null, null, 0, Fixtures.FETCHED, null);

        assertThatThrownBy(() -> normalizer.normalize(unknown)).isInstanceOf(UnknownSourceException.class);
        assertThatThrownBy(() -> normalizer.normalize(future)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("schemaVersion 2");
    }
}
