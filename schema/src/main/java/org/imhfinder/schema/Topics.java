package org.imhfinder.schema;

import java.util.List;
import java.util.Map;

/**
 * Every Kafka topic the pipeline uses, with its partitions and configuration, declared once.
 * The local stack, the tests, Compose and Kubernetes all create topics from this list.
 */
public final class Topics {
    /** Page fetches; keyed by canonical URL. */
    public static final String PAGES = "imh.pages.v1";
    /** What normalize made of each page event; keyed by canonical URL. */
    public static final String PAGE_OUTCOMES = "imh.page-outcomes.v1";
    /** Program listings; keyed by program id; compacted, tombstone when retired. */
    public static final String PROGRAMS = "imh.programs.v1";
    /**
     * Curator decisions; keyed by program id; every decision kept (no compaction, no expiry):
     * decisions are few and each one matters, so a rebuild replays them all in order.
     */
    public static final String CURATION = "imh.curation.v1";
    /** Records a stage could not process; keyed by the original key. */
    public static final String DLQ = "imh.dlq.v1";
    /** Requests to crawl now; keyed by crawl id. */
    public static final String CRAWL_REQUESTS = "imh.crawl-requests.v1";
    /** Crawl run states; keyed by crawl id; compacted. */
    public static final String CRAWLS = "imh.crawls.v1";
    /**
     * Text of requirement documents (PDFs) extracted by normalize; keyed by document URL; compacted,
     * tombstone when the document is gone. Every normalize instance reads all of it (no group).
     */
    public static final String DOCUMENTS = "imh.documents.v1";
    /**
     * What the indexer knows about each listing beyond its content (freshness, curation, history);
     * keyed by program id; compacted; written by the indexer only. With {@link #PROGRAMS} and
     * {@link #CURATION} it rebuilds the index without losing anything.
     */
    public static final String LISTING_STATE = "imh.listing-state.v1";
    /**
     * Each ingest instance's part of a crawl run when several instances share the sources
     * ({@code CrawlRunPart}); keyed by {@code crawlId/instance}; compacted. The run's first instance
     * combines the parts into the run on {@link #CRAWLS}.
     */
    public static final String CRAWL_PARTS = "imh.crawl-parts.v1";
    /**
     * The crawl frontier's journal ({@code FrontierEntry}): every task a run queued and every task it
     * finished, keyed by {@code crawlId/instance} so a part's entries stay in order. An ingest
     * restarted in the middle of a crawl reads it to go on where it stopped.
     */
    public static final String FRONTIER = "imh.frontier.v1";
    /**
     * What the crawler remembers of each page it fetched in full ({@code PageMemoryEntry}): its
     * validators and in-scope links; keyed by canonical URL; compacted, tombstone when the page is
     * gone or moved. Written by the ingest instance that crawls the page's source; every instance
     * reads it at start and keeps its own sources' pages, so a restart asks conditionally.
     */
    public static final String PAGE_MEMORY = "imh.page-memory.v1";
    /**
     * What the crawler's schedule needs of each listing ({@code RecheckHint}): its page, deadline,
     * when it turns AGING, its review flags; keyed by program id; compacted. Written by the indexer
     * with every listing state; every ingest instance follows all of it and keeps its own sources' hints.
     */
    public static final String RECHECK_HINTS = "imh.recheck-hints.v1";

    /**
     * Largest record a producer may send. A page body may reach the crawler's 5 MB cap, and a PDF
     * grows by a third as base64; producers compress with zstd, but the limit must hold uncompressed.
     */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");

    /** All topics, in the order they are created. */
    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(PAGES, 6, Map.of(
                    "max.message.bytes", String.valueOf(MAX_RECORD_BYTES),
                    "retention.ms", String.valueOf(7L * 24 * 3600 * 1000))),
            new TopicSpec(PAGE_OUTCOMES, 6, Map.of("retention.ms", String.valueOf(30L * 24 * 3600 * 1000))),
            new TopicSpec(PROGRAMS, 6, COMPACTED),
            new TopicSpec(CURATION, 3, Map.of("retention.ms", "-1", "retention.bytes", "-1")),
            new TopicSpec(DLQ, 1, Map.of(
                    "max.message.bytes", String.valueOf(MAX_RECORD_BYTES),
                    "retention.ms", String.valueOf(30L * 24 * 3600 * 1000))),
            new TopicSpec(CRAWL_REQUESTS, 1, Map.of()),
            new TopicSpec(CRAWLS, 1, COMPACTED),
            new TopicSpec(DOCUMENTS, 3, Map.of("cleanup.policy", "compact",
                    "max.message.bytes", String.valueOf(4 * 1024 * 1024))),
            new TopicSpec(LISTING_STATE, 6, COMPACTED),
            new TopicSpec(CRAWL_PARTS, 1, COMPACTED),
            new TopicSpec(FRONTIER, 6, Map.of("retention.ms", String.valueOf(7L * 24 * 3600 * 1000))),
            new TopicSpec(PAGE_MEMORY, 3, COMPACTED),
            new TopicSpec(RECHECK_HINTS, 3, COMPACTED));

    private Topics() {
    }

    /** One topic: its name, partition count and topic-level configuration. */
    public record TopicSpec(String name, int partitions, Map<String, String> config) {
    }
}
