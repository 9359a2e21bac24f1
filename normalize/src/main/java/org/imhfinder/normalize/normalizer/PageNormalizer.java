package org.imhfinder.normalize.normalizer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imhfinder.normalize.assemble.ListingAssembler;
import org.imhfinder.normalize.assemble.ListingValidator;
import org.imhfinder.normalize.documents.AwaitingPages;
import org.imhfinder.normalize.documents.DocumentStore;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.identity.ListingIdentity;
import org.imhfinder.normalize.limits.BoundedWorker;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.metrics.NormalizeMetrics.Outcome;
import org.imhfinder.normalize.metrics.NormalizeMetrics.Trigger;
import org.imhfinder.normalize.naming.ProgramNaming;
import org.imhfinder.normalize.page.PageReader;
import org.imhfinder.normalize.pdf.PdfText;
import org.imhfinder.schema.DocumentText;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.sources.SourceDefinition;

/**
 * Normalizes one page event. An OK HTML page yields the listings of its programs (each with its
 * identity, provenance and content hash) and an outcome naming all of them; a PDF yields its text
 * for every instance to share, and listings of its own only when no page linked it (a seed);
 * NOT_MODIFIED, MOVED, GONE and ERROR pass through as outcomes. Pages linking PDFs not yet read
 * wait for them ({@link AwaitingPages}) and are normalized again when they arrive.
 *
 * <p>Reading the untrusted part (parsing the HTML or the PDF, and extracting from it) runs on a
 * {@link BoundedWorker} within the deadline; what it finds is applied here, on the caller's thread,
 * so a reading given up on changes nothing. Thread-safe.
 */
public final class PageNormalizer implements AutoCloseable {
    /** Readings of one page event at most when documents keep arriving while it is read; the last one stands. */
    private static final int MAX_READINGS = 3;
    private final Map<String, SourceDefinition> sources;
    private final PageReader reader;
    private final PageExtraction extraction;
    private final DocumentStore documents;
    private final AwaitingPages awaiting;
    private final ListingAssembler assembler = new ListingAssembler();
    private final ListingValidator validator = new ListingValidator();
    private final ListingIdentity identity;
    private final ProgramNaming naming;
    private final NormalizeMetrics metrics;
    private final Clock clock;
    private final PdfText pdfText;
    private final BoundedWorker pages;

    /** {@code pdfText} reads PDFs, {@code pages} is the worker that reads HTML (and a PDF's laid-out text). */
    public PageNormalizer(List<SourceDefinition> sources, PageReader reader, PageExtraction extraction, DocumentStore documents,
                          AwaitingPages awaiting, ListingIdentity identity, ProgramNaming naming, NormalizeMetrics metrics,
                          Clock clock, PdfText pdfText, BoundedWorker pages) {
        this.sources = sources.stream().collect(Collectors.toMap(SourceDefinition::id, Function.identity()));
        this.reader = reader;
        this.extraction = extraction;
        this.pdfText = pdfText;
        this.pages = pages;
        this.documents = documents;
        this.awaiting = awaiting;
        this.identity = identity;
        this.naming = naming;
        this.metrics = metrics;
        this.clock = clock;
        metrics.gauges(documents::size, awaiting::size);
        metrics.overdueWorkers(this::overdueWorkers);
    }

    /** Workers still reading a page or PDF past their deadline (see {@link BoundedWorker}). */
    public int overdueWorkers() {
        return pdfText.overdue() + pages.overdue();
    }

    /**
     * Ends the threads that read pages and PDFs, which would otherwise idle for a minute: for whoever builds
     * normalizers for a while only (a test, a measurement); the stage keeps one for its life.
     */
    @Override
    public void close() {
        pages.close();
        pdfText.close();
    }

    /** Normalizes a page event from {@code imh.pages.v1}. */
    public NormalizedPage normalize(PageEvent page) {
        return normalize(page, Trigger.PAGE);
    }

    /** Normalizes a page again because a document it waited for arrived. */
    public NormalizedPage normalizeAgain(PageEvent page) {
        return normalize(page, Trigger.DOCUMENT);
    }

    /** A document extracted by any instance: stored; the pages that waited for it are returned, to normalize again. */
    public List<PageEvent> documentArrived(DocumentText document) {
        return documents.put(document) ? awaiting.arrived(document.url()) : List.of();
    }

    /** How many document texts this instance knows. */
    public int knownDocuments() {
        return documents.size();
    }

    /** A document is gone (a tombstone on the documents topic). */
    public void documentGone(String url) {
        documents.remove(url);
    }

    private NormalizedPage normalize(PageEvent page, Trigger trigger) {
        long start = System.nanoTime();
        check(page);
        String kind = page.status() != PageStatus.OK ? "status" : page.isPdf() ? "pdf" : "html";
        try {
            return switch (page.status()) {
                case OK -> page.isPdf() ? pdf(page, trigger) : html(page, trigger);
                case GONE -> gone(page);
                default -> passThrough(page);
            };
        } finally {
            metrics.time(kind, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private NormalizedPage html(PageEvent event, Trigger trigger) {
        SourceDefinition source = sources.get(event.sourceId());
        String html = event.body() == null ? "" : event.body();
        PageExtraction.Extracted extracted;
        int readings = 0;
        do { // read again when a document it missed was stored meanwhile: that document's arrival did not see it waiting
            extracted = pages.run("page " + event.url(), () -> extraction.extract(reader.html(event, source, html)));
        } while (awaiting.await(event, extracted.awaiting(), documents::contains) && ++readings < MAX_READINGS);
        List<ProgramListing> listings = listings(event, source, extracted.programs(), trigger);
        metrics.page(PageStatus.OK, listings.isEmpty() ? Outcome.NON_PROGRAM : Outcome.PROGRAM);
        return new NormalizedPage(listings, outcome(event, listings), null, null, List.of());
    }

    private NormalizedPage pdf(PageEvent event, Trigger trigger) {
        SourceDefinition source = sources.get(event.sourceId());
        String url = event.finalUrl() != null ? event.finalUrl() : event.url();
        PdfText.Extracted text = pdfText.extract(event.binaryBody(), url);
        DocumentText document = new DocumentText(DocumentText.SCHEMA_VERSION, event.sourceId(), event.crawlId(), url,
                event.referrer(), text.title(), text.text(), text.pageCount(), text.truncated(), sha256(text.text()),
                event.fetchedAt(), clock.instant());
        List<PageEvent> ready = documentArrived(document);
        List<ProgramListing> listings = List.of();
        if (event.referrer() == null) {
            List<FieldSet> programs = pages.run("the text of PDF " + url,
                    () -> extraction.extract(extraction.documentPage(event, source, url, document)).programs());
            listings = listings(event, source, programs, trigger);
        }
        metrics.page(PageStatus.OK, listings.isEmpty() ? Outcome.DOCUMENT : Outcome.PROGRAM);
        return new NormalizedPage(listings, outcome(event, listings), document, null, ready);
    }

    private NormalizedPage gone(PageEvent event) {
        boolean known = documents.remove(event.url());
        metrics.page(PageStatus.GONE, Outcome.GONE);
        String gone = known || event.url().toLowerCase(Locale.ROOT).endsWith(".pdf") ? event.url() : null;
        return new NormalizedPage(List.of(), outcome(event, List.of()), null, gone, List.of());
    }

    private NormalizedPage passThrough(PageEvent event) {
        metrics.page(event.status(), switch (event.status()) {
            case NOT_MODIFIED -> Outcome.NOT_MODIFIED;
            case MOVED -> Outcome.MOVED;
            default -> Outcome.ERROR;
        });
        return new NormalizedPage(List.of(), outcome(event, List.of()), null, null, List.of());
    }

    /**
     * The page's listings, one per id, each complete and checked: a program found twice on a page (a level's
     * section and its table row, its column in a linked PDF) is one listing with what each place says.
     */
    private List<ProgramListing> listings(PageEvent event, SourceDefinition source, List<FieldSet> programs, Trigger trigger) {
        Map<String, FieldSet> byId = new LinkedHashMap<>();
        Map<String, ProgramListing> assembled = new HashMap<>(); // a program found once is assembled once
        for (FieldSet fields : programs) {
            naming.name(fields, source.name());
            ProgramListing listing = assembler.assemble(fields, source);
            String id = identity.idOf(event.sourceId(), listing);
            FieldSet first = byId.putIfAbsent(id, fields);
            if (first == null) {
                assembled.put(id, listing);
            } else {
                first.merge(fields);
                assembled.remove(id);
            }
        }
        List<ProgramListing> listings = new ArrayList<>();
        for (Map.Entry<String, FieldSet> program : byId.entrySet()) {
            FieldSet fields = program.getValue();
            ProgramListing once = assembled.get(program.getKey());
            ProgramListing listing = complete(once != null ? once : assembler.assemble(fields, source), event);
            validator.check(listing);
            listings.add(listing);
            metrics.listing(trigger, fields.size());
        }
        return listings;
    }

    private ProgramListing complete(ProgramListing listing, PageEvent page) {
        ProgramListing withPage = listing.toBuilder()
                .id(identity.idOf(page.sourceId(), listing))
                .sourceId(page.sourceId())
                .sourceUrl(page.finalUrl() != null ? page.finalUrl() : page.url())
                .crawlId(page.crawlId())
                .fetchedAt(page.fetchedAt())
                .build();
        return withPage.toBuilder().contentHash(ListingIdentity.contentHashOf(withPage)).build();
    }

    private static PageOutcome outcome(PageEvent page, List<ProgramListing> listings) {
        return new PageOutcome(PageOutcome.SCHEMA_VERSION, page.sourceId(), page.crawlId(), page.url(), page.finalUrl(),
                page.status(), page.httpStatus(), listings.stream().map(ProgramListing::id).toList(), page.fetchedAt(),
                page.error());
    }

    private void check(PageEvent page) {
        if (page.schemaVersion() != PageEvent.SCHEMA_VERSION) {
            throw new InvalidRecordException("unsupported PageEvent schemaVersion " + page.schemaVersion());
        }
        if (page.url() == null || page.status() == null || page.sourceId() == null) {
            throw new InvalidRecordException("a page event needs url, status and sourceId");
        }
        if (page.status() == PageStatus.OK && !sources.containsKey(page.sourceId())) {
            throw new UnknownSourceException("unknown source " + page.sourceId() + " (not in the sources file)");
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
