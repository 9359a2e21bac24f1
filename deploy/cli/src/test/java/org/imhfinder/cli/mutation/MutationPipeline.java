package org.imhfinder.cli.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What the mutation rounds need of a pipeline: the real stages on Kafka and Elasticsearch, or their rules in memory. */
public interface MutationPipeline {
    /** Crawls every source once and returns when the crawl's effects are searchable. */
    void crawl();

    /** Every program document of the index (as curators' tools read it: freshness, reasons, changed fields, history). */
    List<JsonNode> programs();

    /** How many listings the curators' review queue holds. */
    long reviewItems();

    /** Posts a curator's decision ({@code CONFIRM}, {@code RETIRE}) about each program and returns once every one is applied. */
    void decide(List<String> programIds, String action, String note);
}
