package org.imhfinder.schema;

/**
 * Kafka consumer groups, one per stage: instances of a stage share partitions through its group.
 * A crawl run is SETTLED when these groups have consumed everything the run led to.
 */
public final class ConsumerGroups {
    public static final String NORMALIZE = "imh-normalize";
    public static final String INDEXER = "imh-indexer";
    /** Ingest reads crawl requests ({@code imh.crawl-requests.v1}) in this group. */
    public static final String INGEST = "imh-ingest";

    /**
     * The group an ingest instance reads crawl requests in: every instance must see every request
     * (each crawls its own sources of it), so with several instances each has a group of its own.
     */
    public static String ingest(int instance, int instances) {
        return instances == 1 ? INGEST : INGEST + "-" + instance + "-of-" + instances;
    }

    private ConsumerGroups() {
    }
}
