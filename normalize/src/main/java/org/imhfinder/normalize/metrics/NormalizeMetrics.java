package org.imhfinder.normalize.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What normalize counts, with small fixed tag sets: pages in by fetch status and outcome, listings out by what
 * triggered them, fields per listing, dead letters by reason, processing time by kind of page,
 * the sizes of the document store and of the pages waiting for documents, and the workers still
 * reading past their deadline.
 */
public final class NormalizeMetrics {
    /** Outcomes of a page event. */
    public enum Outcome { PROGRAM, NON_PROGRAM, DOCUMENT, NOT_MODIFIED, MOVED, GONE, ERROR }

    /** What produced a listing: its page's event, or a document that arrived for its page. */
    public enum Trigger { PAGE, DOCUMENT }

    private final MeterRegistry registry;
    private final DistributionSummary fields;
    private Supplier<Number> documents = () -> 0;
    private Supplier<Number> awaiting = () -> 0;
    private Supplier<Number> overdue = () -> 0;

    public NormalizeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.fields = DistributionSummary.builder("imh.normalize.listing.fields")
                .description("Fields extracted per listing").publishPercentileHistogram(false).register(registry);
    }

    /** A page event normalized: its fetch status (as ingest reported it) and what normalize made of it. */
    public void page(org.imhfinder.schema.PageStatus status, Outcome outcome) {
        registry.counter("imh.normalize.pages", "status", status.name(), "outcome", name(outcome)).increment();
    }

    public void listing(Trigger trigger, int fieldCount) {
        registry.counter("imh.normalize.listings", "trigger", name(trigger)).increment();
        fields.record(fieldCount);
    }

    public void deadLettered(Throwable cause) {
        registry.counter("imh.normalize.dead_letters", "reason", reason(cause)).increment();
    }

    public void time(String kind, Duration duration) {
        Timer.builder("imh.normalize.duration").description("Time to normalize one page event").tag("kind", kind)
                .register(registry).record(duration);
    }

    /** Gauges of the document store's size and of the pages waiting for documents (held here, so never collected). */
    public void gauges(Supplier<Number> documentCount, Supplier<Number> awaitingCount) {
        this.documents = documentCount;
        this.awaiting = awaitingCount;
        registry.gauge("imh.normalize.documents.known", this, m -> m.documents.get().doubleValue());
        registry.gauge("imh.normalize.documents.awaiting_pages", this, m -> m.awaiting.get().doubleValue());
    }

    /** A gauge of the workers still reading a page or PDF past their deadline. */
    public void overdueWorkers(Supplier<Number> overdueCount) {
        this.overdue = overdueCount;
        registry.gauge("imh.normalize.workers.overdue", this, m -> m.overdue.get().doubleValue());
    }

    /** A small fixed set of reasons, from the failure's type. */
    static String reason(Throwable cause) {
        if (cause == null) {
            return "unknown";
        }
        return switch (cause.getClass().getSimpleName()) {
            case "InvalidListingException" -> "invalid_listing";
            case "UnreadableDocumentException" -> "unreadable_document";
            case "UnknownSourceException" -> "unknown_source";
            case "OverLimitException" -> "over_limit";
            case "RepeatedFailureException" -> "repeated_failure";
            case "InvalidRecordException" -> "invalid_record";
            default -> "other";
        };
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
