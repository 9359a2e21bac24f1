package org.imhfinder.indexer.freshness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Arrays;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingField;
import org.imhfinder.schema.ProgramListing;

/**
 * Which fields of a listing matter to a reader, and how many a listing has. A change of a key
 * field (not of the description's prose, nor of page metadata) is what CONTENT_CHANGED reports;
 * a sharp drop in the number of fields is what EXTRACTION_DEGRADED reports.
 */
public final class KeyFields {
    /** Fields whose change a curator should see: the catalogue's key fields. */
    public static final List<String> KEY = Arrays.stream(ListingField.values()).filter(ListingField::isKey)
            .map(ListingField::json).toList();

    /** What extraction finds on pages: the catalogue's content fields (the rest is identity and bookkeeping). */
    private static final Set<String> CONTENT = Arrays.stream(ListingField.values()).filter(ListingField::isContent)
            .map(ListingField::json).collect(java.util.stream.Collectors.toUnmodifiableSet());

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
        for (String field : KEY) {
            JsonNode value = json.get(field);
            if (hasValue(value)) {
                prints.put(field, fingerprint(value.toString()));
            }
        }
        int count = 0;
        for (var it = json.fields(); it.hasNext(); ) {
            var field = it.next();
            if (CONTENT.contains(field.getKey()) && hasValue(field.getValue())) {
                count++;
            }
        }
        return new Summary(Map.copyOf(prints), count);
    }

    /**
     * The fields that have a value on both sides and different values, sorted. A field that gained
     * a value (a first crawl completing: a PDF's values after the page's, a second page filling it)
     * is not a change, nor one that lost its value because the only page stating it stopped (a
     * sharp drop in fields is what EXTRACTION_DEGRADED is for).
     */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        before.forEach((field, print) -> {
            if (after.containsKey(field) && !print.equals(after.get(field))) {
                changed.add(field);
            }
        });
        return List.copyOf(changed);
    }

    /** {@code baseline} with the fingerprints of the fields it has no value for taken from {@code now}. */
    public static Map<String, String> absorbNew(Map<String, String> baseline, Map<String, String> now) {
        if (baseline.keySet().containsAll(now.keySet())) {
            return baseline;
        }
        Map<String, String> absorbed = new java.util.TreeMap<>(baseline);
        now.forEach(absorbed::putIfAbsent);
        return Map.copyOf(absorbed);
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

    private record Summary(Map<String, String> fingerprints, int fieldCount) {
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
