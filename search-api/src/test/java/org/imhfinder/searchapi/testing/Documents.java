package org.imhfinder.searchapi.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.imhfinder.schema.Freshness;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.ReviewReason;

/**
 * Index documents of the shape the indexer writes (a {@link ProgramListing} with its freshness,
 * plus the fields of {@code IndexFields}), for tests that read the index without an indexer.
 */
public final class Documents {
    private Documents() {
    }

    /** A listing as indexed, fresh as of {@code seen}, nothing to review. */
    public static ObjectNode of(ProgramListing listing, Instant seen) {
        return of(listing, new Freshness(seen, seen, seen, FreshnessStatus.FRESH, List.of()), 0);
    }

    public static ObjectNode of(ProgramListing listing, Freshness freshness, int reviewPriority) {
        ObjectNode document = Json.mapper().valueToTree(listing.toBuilder().freshness(freshness).build());
        ArrayNode inputs = document.putObject("suggest").putArray("input");
        if (listing.name() != null) {
            inputs.add(listing.name());
        }
        if (listing.provider() != null && listing.provider().name() != null) {
            inputs.add(listing.provider().name());
        }
        document.put("reviewPriority", reviewPriority);
        document.putArray("changedFields");
        document.putArray("history").addObject().put("at", freshness.lastSeenAt().toString()).put("kind", "FRESHNESS")
                .put("status", freshness.status().name());
        document.set("reviewHistory", document.get("history").deepCopy());
        return document;
    }

    /** A listing flagged for review: status, reasons, the fields that changed and the indexer's priority. */
    public static ObjectNode flagged(ProgramListing listing, Instant seen, FreshnessStatus status, int priority,
                                     List<ReviewReason> reasons, List<String> changedFields) {
        ObjectNode document = of(listing, new Freshness(seen, seen, seen, status, reasons), priority);
        ArrayNode changed = document.putArray("changedFields");
        changedFields.forEach(changed::add);
        return document;
    }

    /** The document with one more changed key field, as the indexer writes it: in {@code changedFields} and {@code changes}. */
    public static ObjectNode withChange(ObjectNode document, String field, Object from, Object to) {
        ObjectNode copy = document.deepCopy();
        (copy.get("changedFields") instanceof ArrayNode changed ? changed : copy.putArray("changedFields")).add(field);
        ObjectNode changes = copy.has("changes") ? (ObjectNode) copy.get("changes") : copy.putObject("changes");
        ObjectNode change = changes.putObject(field);
        change.set("from", Json.mapper().valueToTree(from));
        change.set("to", Json.mapper().valueToTree(to));
        if (to != null) {
            copy.set(field, Json.mapper().valueToTree(to));
        }
        return copy;
    }

    /** The document with a page as trusted as the program's own stating another {@code value} of {@code field}. */
    public static ObjectNode withConflict(ObjectNode document, String field, String url, String value) {
        ObjectNode copy = document.deepCopy();
        ArrayNode conflicts = copy.get("conflicts") instanceof ArrayNode all ? all : copy.putArray("conflicts");
        conflicts.addObject().put("field", field).put("url", url).put("value", value);
        return copy;
    }

    /** What the indexer makes of a RETIRE decision: status RETIRED, retired, nothing left to review. */
    public static ObjectNode retired(ObjectNode document, String by, Instant at) {
        ObjectNode copy = document.deepCopy();
        ((ObjectNode) copy.get("freshness")).put("status", FreshnessStatus.RETIRED.name());
        copy.putObject("curation").put("retired", true).put("lastAction", "RETIRE").put("lastDecisionAt", at.toString())
                .put("lastDecisionBy", by);
        copy.put("reviewPriority", 0);
        ((ArrayNode) copy.get("reviewHistory")).addObject().put("at", at.toString()).put("kind", "DECISION")
                .put("action", "RETIRE").put("by", by).put("note", "retired in a test");
        return copy;
    }
}
