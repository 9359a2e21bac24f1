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
import org.imhfinder.searchapi.http.ApiProblem;

/**
 * Where the next page starts: the sort values of the last hit ({@code search_after}), whether
 * the page came from the relaxed fallback, and a fingerprint of the search it belongs to, so a
 * cursor replayed with other parameters is refused instead of giving a wrong page. Opaque to
 * clients: base64url of a small JSON.
 */
public record Cursor(List<Object> after, boolean relaxed, String fingerprint) {
    public static final int MAX_LENGTH = 1024;

    public Cursor {
        after = List.copyOf(after);
    }

    public String encode() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("v", 1);
        node.set("a", Json.mapper().valueToTree(after));
        node.put("r", relaxed);
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
            return new Cursor(values, node.path("r").asBoolean(), node.path("f").asText());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw ApiProblem.badParameter("cursor", "not a cursor this API gave out");
        }
    }

    /** Checks that this cursor was given out for the same search. */
    public void checkBelongsTo(SearchRequest request) {
        if (!fingerprint.equals(fingerprintOf(request))) {
            throw ApiProblem.badParameter("cursor", "belongs to a different search; start again without it");
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
