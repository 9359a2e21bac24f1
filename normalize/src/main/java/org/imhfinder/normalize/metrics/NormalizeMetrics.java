package org.imhfinder.normalize.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
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
    private final DistributionSummary rounds;
    private Supplier<Number> documents = () -> 0;
    private Supplier<Number> awaiting = () -> 0;
    private Supplier<Number> overdue = () -> 0;

    public NormalizeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.fields = DistributionSummary.builder("imh.normalize.listing.fields")
                .description("Fields extracted per listing").publishPercentileHistogram(false).register(registry);
        this.rounds = DistributionSummary.builder("imh.normalize.round.pages")
                .description("page events a lane normalized and published together, with one commit").register(registry);
        registerKnownSeries();
    }

    /** Every counter series at zero from start, so that a dashboard shows 0 rather than "no data" after a restart. */
    private void registerKnownSeries() {
        for (org.imhfinder.schema.PageStatus status : org.imhfinder.schema.PageStatus.values()) {
            for (Outcome outcome : Outcome.values()) {
                pages(status, outcome);
            }
        }
        for (Trigger trigger : Trigger.values()) {
            listings(trigger);
        }
        for (String reason : REASONS) {
            deadLetters(reason);
        }
    }

    private static final java.util.List<String> REASONS = java.util.List.of("invalid_listing", "unreadable_document",
            "unknown_source", "over_limit", "repeated_failure", "invalid_record", "other", "unknown");

    private Counter pages(org.imhfinder.schema.PageStatus status, Outcome outcome) {
        return Counter.builder("imh.normalize.pages").tag("status", status.name()).tag("outcome", name(outcome))
                .description("page events normalized, by fetch status and what normalize made of them").register(registry);
    }

    private Counter listings(Trigger trigger) {
        return Counter.builder("imh.normalize.listings").tag("trigger", name(trigger))
                .description("listings written, by what produced them: a page event or a document for its page")
                .register(registry);
    }

    private Counter deadLetters(String reason) {
        return Counter.builder("imh.normalize.dead_letters").tag("reason", reason)
                .description("page events and documents normalize dead-lettered, by reason").register(registry);
    }

    /** A page event normalized: its fetch status (as ingest reported it) and what normalize made of it. */
    public void page(org.imhfinder.schema.PageStatus status, Outcome outcome) {
        pages(status, outcome).increment();
    }

    public void listing(Trigger trigger, int fieldCount) {
        listings(trigger).increment();
        fields.record(fieldCount);
    }

    /** A lane's round finished: its page events were published (or dead-lettered) and committed together. */
    public void round(int pageEvents) {
        rounds.record(pageEvents);
    }

    public void deadLettered(Throwable cause) {
        deadLetters(reason(cause)).increment();
    }

    public void time(String kind, Duration duration) {
        Timer.builder("imh.normalize.duration").description("Time to normalize one page event").tag("kind", kind)
                .register(registry).record(duration);
    }

    /** Gauges of the document store's size and of the pages waiting for documents (held here, so never collected). */
    public void gauges(Supplier<Number> documentCount, Supplier<Number> awaitingCount) {
        this.documents = documentCount;
        this.awaiting = awaitingCount;
        Gauge.builder("imh.normalize.documents.known", this, m -> m.documents.get().doubleValue())
                .description("requirement-PDF texts this normalize instance keeps").register(registry);
        Gauge.builder("imh.normalize.documents.awaiting_pages", this, m -> m.awaiting.get().doubleValue())
                .description("pages kept while they wait for a linked PDF's text").register(registry);
    }

    /** A gauge of the workers still reading a page or PDF past their deadline. */
    public void overdueWorkers(Supplier<Number> overdueCount) {
        this.overdue = overdueCount;
        Gauge.builder("imh.normalize.workers.overdue", this, m -> m.overdue.get().doubleValue())
                .description("workers still reading a page or PDF past their deadline").register(registry);
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
