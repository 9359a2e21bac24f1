package org.imhfinder.searchapi.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.schema.Topics;

/**
 * Stands in for the indexer in this module's tests (stages never depend on each other): reads the
 * decisions on {@code imh.curation.v1} and applies CONFIRM and RETIRE to the index documents the
 * way the README says the indexer does ("Indexing and freshness"). The end-to-end test of the whole pipeline uses the real one.
 */
public final class SimulatedIndexer {
    private SimulatedIndexer() {
    }

    /** Applies every decision about the given listings found on the topic; returns them. */
    public static List<CurationDecision> applyDecisions(String bootstrap, TestIndex index, List<String> programIds)
            throws IOException {
        List<CurationDecision> decisions = TopicReader.all(bootstrap, Topics.CURATION).stream()
                .map(r -> Json.read(r.value(), CurationDecision.class))
                .filter(d -> programIds.contains(d.programId())).toList();
        for (CurationDecision decision : decisions) {
            ObjectNode document = (ObjectNode) index.client().get(g -> g.index(SearchIndex.PROGRAMS_ALIAS)
                    .id(decision.programId()), ObjectNode.class).source();
            index.put(apply(document, decision));
        }
        return decisions;
    }

    static ObjectNode apply(ObjectNode document, CurationDecision decision) {
        if (decision.action() == CurationAction.RETIRE) {
            return Documents.retired(document, decision.curator(), decision.decidedAt());
        }
        ObjectNode copy = document.deepCopy();
        if (decision.action() == CurationAction.CONFIRM) {
            ObjectNode freshness = (ObjectNode) copy.get("freshness");
            freshness.put("status", FreshnessStatus.FRESH.name()).put("lastConfirmedAt", decision.decidedAt().toString());
            freshness.putArray("reasons");
            copy.put("reviewPriority", 0);
            copy.putObject("curation").put("lastAction", "CONFIRM").put("lastDecisionAt", decision.decidedAt().toString())
                    .put("lastDecisionBy", decision.curator());
            ((ArrayNode) copy.get("reviewHistory")).addObject().put("at", decision.decidedAt().toString()).put("kind", "DECISION")
                    .put("action", "CONFIRM").put("by", decision.curator());
        }
        return copy;
    }
}
