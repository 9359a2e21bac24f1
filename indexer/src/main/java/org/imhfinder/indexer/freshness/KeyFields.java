package org.imhfinder.indexer.freshness;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
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
import java.util.Arrays;
import org.imhfinder.schema.ContentBaseline;
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

    /** Each key field's accessor, in catalogue order: a summary reads only the fields it needs, not a tree of the listing. */
    private static final List<Map.Entry<String, RecordComponent>> KEY_COMPONENTS = components(KEY::contains);
    private static final List<Map.Entry<String, RecordComponent>> CONTENT_COMPONENTS = components(CONTENT::contains);
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

    /** A curator's confirmation at {@code at} of the listing's key fields: their fingerprints and their values. */
    public static ContentBaseline confirmed(Instant at, ProgramListing listing) {
        Summary summary = summary(listing);
        return ContentBaseline.confirmed(at, summary.fingerprints(), summary.values());
    }

    /** The listing's key fields (fingerprints and values) as first extracted at {@code at} in crawl {@code crawlId}. */
    public static ContentBaseline firstExtraction(Instant at, ProgramListing listing, String crawlId) {
        Summary summary = summary(listing);
        return ContentBaseline.firstExtraction(at, summary.fingerprints(), crawlId, summary.values());
    }

    /**
     * {@code baseline} with the key fields it has no value for taken from {@code now}, fingerprints
     * and values alike (a first crawl's later pages fill it; what it had stays).
     */
    public static ContentBaseline absorbNew(ContentBaseline baseline, ProgramListing now) {
        Summary summary = summary(now);
        Map<String, String> prints = absorbNew(baseline.fingerprints(), summary.fingerprints());
        if (prints == baseline.fingerprints()) {
            return baseline;
        }
        Map<String, Object> values = new LinkedHashMap<>(baseline.values());
        boolean valuesKept = !baseline.values().isEmpty() || baseline.fingerprints().isEmpty();
        if (valuesKept) {
            summary.values().forEach(values::putIfAbsent);
        }
        return baseline.withKeyFields(prints, values);
    }

    /** How many content fields the listing has a value for. */
    public static int fieldCount(ProgramListing listing) {
        return countContent(listing);
    }

    /**
     * Computed afresh on every call (no cache of listings: a cache keyed by listing would be state
     * shared across batches and instances); callers that need it several times for one listing
     * keep the result. Each field is serialised on its own, as it is inside the listing's JSON.
     */
    private static Summary summary(ProgramListing listing) {
        Map<String, String> prints = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, RecordComponent> field : KEY_COMPONENTS) {
            JsonNode value = json(listing, field.getValue());
            if (hasValue(value)) {
                prints.put(field.getKey(), fingerprint(value.toString()));
                values.put(field.getKey(), Json.mapper().convertValue(value, Object.class));
            }
        }
        return new Summary(Map.copyOf(prints), java.util.Collections.unmodifiableMap(values));
    }

    private static int countContent(ProgramListing listing) {
        int count = 0;
        for (Map.Entry<String, RecordComponent> field : CONTENT_COMPONENTS) {
            Object value = read(listing, field.getValue());
            if (value instanceof String text ? !text.isBlank()
                    : value instanceof java.util.Collection<?> list ? !list.isEmpty()
                    : value instanceof Map<?, ?> map ? !map.isEmpty()
                    : value != null && hasValue(Json.mapper().valueToTree(value))) {
                count++;
            }
        }
        return count;
    }

    private static JsonNode json(ProgramListing listing, RecordComponent component) {
        Object value = read(listing, component);
        return value == null ? null : Json.mapper().valueToTree(value);
    }

    private static Object read(ProgramListing listing, RecordComponent component) {
        try {
            return component.getAccessor().invoke(listing);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a listing", e);
        }
    }

    private static List<Map.Entry<String, RecordComponent>> components(java.util.function.Predicate<String> wanted) {
        return Arrays.stream(ProgramListing.class.getRecordComponents()).filter(c -> wanted.test(c.getName()))
                .map(c -> Map.entry(c.getName(), c)).toList();
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

    private record Summary(Map<String, String> fingerprints, Map<String, Object> values) {
    }
}
