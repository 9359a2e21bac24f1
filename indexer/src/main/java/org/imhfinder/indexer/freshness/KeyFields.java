package org.imhfinder.indexer.freshness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imhfinder.schema.ContentBaseline;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;

/**
 * Which fields of a listing matter to a reader, and how many a listing has. A change of a key
 * field (not of the description's prose, nor of page metadata) is what CONTENT_CHANGED reports;
 * a sharp drop in the number of fields is what EXTRACTION_DEGRADED reports.
 */
public final class KeyFields {
    /** Fields whose change a curator should see. */
    public static final List<String> KEY = List.of("name", "provider", "credential", "level", "minimumEducation",
            "yearsExperience", "trainingHours", "reflectiveSupervisionHours", "delivery", "location", "duration", "cost",
            "applicationDeadline", "contact", "track", "topics", "components", "alignsWith");

    /** Page metadata and bookkeeping: not content. */
    private static final Set<String> NOT_CONTENT = Set.of("schemaVersion", "id", "sourceId", "sourceUrl", "provenance",
            "contentHash", "crawlId", "fetchedAt", "freshness");

    /**
     * Summaries of the listings seen last, by identity: the rules ask about the same listing
     * object several times while a batch applies and renders it, and a summary costs a JSON tree
     * and a digest per key field.
     */
    private static final Map<Identity, Summary> RECENT = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Identity, Summary> eldest) {
                    return size() > 4096;
                }
            });
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private KeyFields() {
    }

    /** A short fingerprint of each key field that has a value. */
    public static Map<String, String> fingerprints(ProgramListing listing) {
        return summary(listing).fingerprints();
    }

    /** The key fields that have a value, each as its JSON value (what a changed field was, for curators). */
    public static Map<String, Object> values(ProgramListing listing) {
        return summary(listing).values();
    }

    /** The listing's key fields as a baseline taken at {@code at}: their fingerprints and their values. */
    public static ContentBaseline baseline(Instant at, boolean confirmed, ProgramListing listing) {
        Summary summary = summary(listing);
        return new ContentBaseline(at, confirmed, summary.fingerprints(), summary.values());
    }

    /** How many content fields the listing has a value for. */
    public static int fieldCount(ProgramListing listing) {
        return summary(listing).fieldCount();
    }

    private static Summary summary(ProgramListing listing) {
        return RECENT.computeIfAbsent(new Identity(listing), key -> summarize(listing));
    }

    private static Summary summarize(ProgramListing listing) {
        ObjectNode json = Json.mapper().valueToTree(listing);
        Map<String, String> prints = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : KEY) {
            JsonNode value = json.get(field);
            if (hasValue(value)) {
                prints.put(field, fingerprint(value.toString()));
                values.put(field, Json.mapper().convertValue(value, Object.class));
            }
        }
        int count = 0;
        for (var it = json.fields(); it.hasNext(); ) {
            var field = it.next();
            if (!NOT_CONTENT.contains(field.getKey()) && hasValue(field.getValue())) {
                count++;
            }
        }
        return new Summary(Map.copyOf(prints), java.util.Collections.unmodifiableMap(values), count);
    }

    /** The fields whose fingerprints differ (present in one, absent or different in the other), sorted. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        before.forEach((field, print) -> {
            if (!print.equals(after.get(field))) {
                changed.add(field);
            }
        });
        after.keySet().stream().filter(field -> !before.containsKey(field)).forEach(changed::add);
        return List.copyOf(changed);
    }

    private static boolean hasValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isContainerNode() || value.isTextual()) {
            return value.isTextual() ? !value.asText().isBlank() : !value.isEmpty();
        }
        return true;
    }

    private static String fingerprint(String text) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    private record Summary(Map<String, String> fingerprints, Map<String, Object> values, int fieldCount) {
    }

    /** A listing as a key by identity: equal listings are different keys, and hashing costs nothing. */
    private static final class Identity {
        private final ProgramListing listing;

        Identity(ProgramListing listing) {
            this.listing = listing;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.listing == listing;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(listing);
        }
    }
}
