package org.imhfinder.indexer.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.FieldProvenance;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingField;
import org.imhfinder.schema.ListingBounds;
import org.imhfinder.schema.ProgramListing;

/**
 * Curator overrides: which fields may be overridden, whether an override fits the listing
 * schema, and the listing as readers see it once overrides are applied.
 *
 * <p>A field is named as a ProgramListing field ({@code cost}) or a dotted path into one
 * ({@code location.region}). A JSON null sets the field to unknown. Which fields a curator may
 * override is the catalogue's to say ({@link ListingField#isOverridable()}): content, never identity,
 * page metadata or what the pipeline fills in.
 */
public final class Overrides {
    private Overrides() {
    }

    /** Fails with the field and the reason when an override cannot apply to this listing. */
    public static void check(CurationDecision decision, ProgramListing listing) {
        if (decision.fields().isEmpty()) {
            throw new InvalidRecordException("an OVERRIDE needs at least one field");
        }
        ObjectNode json = Json.mapper().valueToTree(listing);
        for (Map.Entry<String, Object> field : decision.fields().entrySet()) {
            String path = field.getKey();
            String top = path.split("\\.", 2)[0];
            if (ListingField.byJson(top).isEmpty() || path.endsWith(".") || path.contains("..")) {
                throw new InvalidRecordException("override of '" + path + "': not a ProgramListing field");
            }
            if (!ListingField.byJson(top).get().isOverridable()) {
                throw new InvalidRecordException("override of '" + path + "': the field cannot be overridden");
            }
            set(json, path, Json.mapper().valueToTree(field.getValue()));
        }
        ProgramListing overridden;
        try {
            overridden = Json.mapper().treeToValue(json, ProgramListing.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new InvalidRecordException("override " + decision.fields().keySet() + " does not fit a listing: " + detail, e);
        }
        // the bounds the curator API checks too: an override of -5 training hours must not reach readers
        JsonNode values = Json.mapper().valueToTree(overridden);
        for (String path : decision.fields().keySet()) {
            String top = path.split("\\.", 2)[0];
            ListingBounds.problem(top, Json.mapper().convertValue(values.get(top), Object.class)).ifPresent(problem -> {
                throw new InvalidRecordException("override of '" + path + "': " + problem);
            });
        }
    }

    /**
     * The listing as JSON with the overrides applied and their provenance set to CURATOR. The
     * provenance is public: it says when, never who (the review history says who, to curators).
     */
    public static ObjectNode apply(ProgramListing listing, CurationView curation) {
        return apply((ObjectNode) Json.mapper().valueToTree(listing), curation);
    }

    /** As {@link #apply(ProgramListing, CurationView)}, on the listing's JSON, which it changes and returns. */
    public static ObjectNode apply(ObjectNode json, CurationView curation) {
        curation.overrides().forEach((path, value) -> set(json, path, value));
        if (!curation.overrides().isEmpty()) {
            JsonNode existing = json.get("provenance");
            ObjectNode provenance = existing instanceof ObjectNode object ? object : json.putObject("provenance");
            curation.overriddenBy().forEach((path, decision) -> provenance.set(path.split("\\.", 2)[0],
                    Json.mapper().valueToTree(new FieldProvenance(ExtractionMethod.CURATOR, 1.0,
                            "set by a curator on " + decision.decidedAt().toString().substring(0, 10)))));
        }
        return json;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
        }
        String leaf = parts[parts.length - 1];
        if (value == null || value instanceof NullNode) {
            parent.remove(leaf);
        } else {
            parent.set(leaf, value);
        }
    }
}
