package org.imhfinder.searchapi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * Where the next page starts: the sort values of the last hit ({@code search_after}), how far
 * the search that gave the page was relaxed ({@link Relaxation}), and a fingerprint of the search it belongs to, so a
 * cursor replayed with other parameters is refused instead of giving a wrong page. Opaque to
 * clients: base64url of a small JSON.
 */
public record Cursor(List<Object> after, Relaxation relaxation, String fingerprint) {
    public static final int MAX_LENGTH = 1024;

    public Cursor {
        after = List.copyOf(after);
    }

    public String encode() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("v", 1);
        node.set("a", Json.mapper().valueToTree(after));
        node.put("r", relaxation.ordinal());
        node.put("f", fingerprint);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.writeBytes(node));
    }

    public static Cursor decode(String text) {
        if (text.length() > MAX_LENGTH) {
            throw ApiProblem.badParameter("cursor", "longer than " + MAX_LENGTH + " characters");
        }
        try {
            JsonNode node = Json.mapper().readTree(Base64.getUrlDecoder().decode(text));
            JsonNode after = node.path("a");
            if (node.path("v").asInt() != 1 || !(after instanceof ArrayNode) || after.isEmpty() || after.size() > 4
                    || !node.path("f").isTextual()) {
                throw new IllegalArgumentException("not a cursor");
            }
            List<Object> values = new java.util.ArrayList<>();
            for (JsonNode value : after) {
                if (!value.isValueNode() || value.isNull()) {
                    throw new IllegalArgumentException("not a cursor");
                }
                values.add(value.isNumber() ? value.numberValue() : value.asText());
            }
            JsonNode r = node.path("r");
            if (!r.isBoolean() && !(r.isInt() && r.asInt() >= 0 && r.asInt() < Relaxation.values().length)) {
                throw new IllegalArgumentException("not a cursor");
            }
            // a cursor of the earlier form says only whether the page was relaxed: then it was by words
            Relaxation relaxation = r.isBoolean() ? (r.asBoolean() ? Relaxation.WORDS : Relaxation.NONE)
                    : Relaxation.values()[r.asInt()];
            return new Cursor(values, relaxation, node.path("f").asText());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw ApiProblem.badParameter("cursor", "not a cursor this API gave out");
        }
    }

    /** Checks that this cursor was given out for the same search, and holds what that search's sort gives out. */
    public void checkBelongsTo(SearchRequest request) {
        if (!fingerprint.equals(fingerprintOf(request))) {
            throw ApiProblem.badParameter("cursor", "belongs to a different search; start again without it");
        }
        checkShape(SearchQuery.cursorShape(request.sort()));
    }

    /**
     * Checks the sort values against the kinds the sort gives out. The fingerprint is only a digest
     * anyone can copy from a real cursor: a forged one with the right fingerprint and a text where
     * a date goes (or a number out of the field's range) would otherwise reach Elasticsearch, which
     * refuses it, and be a 500 instead of a 400.
     */
    public void checkShape(List<SortValue> shape) {
        if (after.size() != shape.size()) {
            throw ApiProblem.badParameter("cursor", "not a cursor this API gave out for this sort");
        }
        for (int i = 0; i < shape.size(); i++) {
            if (!shape.get(i).fits(after.get(i))) {
                throw ApiProblem.badParameter("cursor", "not a cursor this API gave out for this sort");
            }
        }
    }

    /** What one sort value of a cursor may be, by the field it sorts on. */
    public enum SortValue {
        /** A relevance score: any finite number. */
        SCORE,
        /** An integer field. */
        INT,
        /** A date (epoch milliseconds) or long field. */
        LONG,
        /** A keyword, such as the id that ends every sort. */
        TEXT;

        boolean fits(Object value) {
            return switch (this) {
                case SCORE -> (value instanceof Double || value instanceof Float || value instanceof Integer || value instanceof Long)
                        && Double.isFinite(((Number) value).doubleValue());
                case INT -> value instanceof Integer;
                case LONG -> value instanceof Integer || value instanceof Long;
                case TEXT -> value instanceof String text && text.length() <= 512;
            };
        }
    }

    /** A short digest of everything that decides which hits a search has and in what order. */
    public static String fingerprintOf(SearchRequest request) {
        String canonical = String.join("|", String.valueOf(request.q()), request.filters().entrySet().stream()
                        .map(e -> e.getKey().parameter() + "=" + request.filterValues(e.getKey())).sorted().toList().toString(),
                String.valueOf(request.education()), request.sort().name(), String.valueOf(request.interpret()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
