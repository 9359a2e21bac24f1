package org.imhfinder.indexer.freshness;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imhfinder.schema.ContentBaseline;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.RecentlyComputed;
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

    /** The content fields' accessors: counting them needs no JSON of the listing. */
    private static final List<RecordComponent> CONTENT_COMPONENTS = Arrays.stream(ProgramListing.class.getRecordComponents())
            .filter(c -> CONTENT.contains(c.getName())).toList();
    /**
     * The project's mapper writing only a listing's key fields (each exactly as the whole listing's
     * JSON writes it, so fingerprints stay those of stored baselines): the prose, provenance and
     * documents a summary does not read are not serialised at all.
     */
    private static final ObjectMapper KEY_ONLY = Json.mapper().copy()
            .addMixIn(ProgramListing.class, KeyFieldsOnly.class)
            .setFilterProvider(new SimpleFilterProvider().addFilter(KeyFieldsOnly.FILTER,
                    SimpleBeanPropertyFilter.filterOutAllExcept(Set.copyOf(KEY))));

    /** A mapper of default settings, as {@link JsonNode#toString()} writes with. */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @JsonFilter(KeyFieldsOnly.FILTER)
    private interface KeyFieldsOnly {
        String FILTER = "keyFieldsOnly";
    }

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
     * The summaries of the listings summarised lately on this thread. A listing is immutable, so the
     * same object has the same summary: a new listing's baseline and its first freshness evaluation
     * read one summary. Keyed by identity, it keeps a thread's few latest listings (see
     * {@link RecentlyComputed}) and never answers for another object.
     */
    private static final RecentlyComputed<ProgramListing, Summary> RECENT = RecentlyComputed.byIdentity();

    private static Summary summary(ProgramListing listing) {
        return RECENT.get(listing, KeyFields::summarise);
    }

    private static Summary summarise(ProgramListing listing) {
        ObjectNode json = KEY_ONLY.valueToTree(listing);
        Map<String, String> prints = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        FieldTexts texts = new FieldTexts();
        for (String field : KEY) {
            JsonNode value = json.get(field);
            if (hasValue(value)) {
                prints.put(field, fingerprint(texts.of(value)));
                values.put(field, plain(value));
            }
        }
        return new Summary(Map.copyOf(prints), java.util.Collections.unmodifiableMap(values));
    }

    /**
     * Each field's JSON text as {@link JsonNode#toString()} writes it (the text stored fingerprints
     * were taken of), through one generator for the whole listing: {@code toString} builds a
     * generator and its buffers for every field, which cost a new listing's summary half its time.
     */
    private static final class FieldTexts {
        private final StringWriter out = new StringWriter(256);
        private final JsonGenerator generator;

        FieldTexts() {
            try {
                generator = PLAIN.createGenerator(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generator.setRootValueSeparator(null); // the fields are separate texts, not a stream of values
        }

        String of(JsonNode value) {
            StringBuffer buffer = out.getBuffer();
            buffer.setLength(0);
            try {
                PLAIN.writeTree(generator, value);
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return buffer.toString();
        }
    }

    /**
     * The content fields with a value, read from the listing itself rather than from its JSON: a
     * value is what the listing's JSON would show as non-empty (no null, no blank text, no empty
     * list or map, an object with at least one member; the mapper leaves out nulls).
     */
    private static int countContent(ProgramListing listing) {
        int count = 0;
        for (RecordComponent component : CONTENT_COMPONENTS) {
            if (hasValue(read(listing, component))) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasValue(Object value) {
        if (value instanceof String text) {
            return !text.isBlank();
        }
        if (value instanceof java.util.Collection<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        if (value instanceof Record record) {
            return Arrays.stream(record.getClass().getRecordComponents()).anyMatch(c -> read(record, c) != null);
        }
        return value != null;
    }

    private static Object read(Record owner, RecordComponent component) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + owner.getClass().getSimpleName(), e);
        }
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

    /**
     * A key field's JSON as the plain value reading that JSON back gives (what a stored baseline
     * holds): text, a number as small as it fits (int, long, else big; a fraction a double),
     * true/false, a list, a map in member order. The mapper's own conversion of each value costs a
     * buffer and a parser; these values are small.
     */
    static Object plain(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NULL:
                return null;
            case NUMBER:
                if (!node.isIntegralNumber()) {
                    return node.doubleValue();
                }
                return node.canConvertToInt() ? (Object) node.intValue()
                        : node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
            case ARRAY:
                List<Object> items = new ArrayList<>(node.size());
                node.forEach(item -> items.add(plain(item)));
                return items;
            case OBJECT:
                Map<String, Object> members = new LinkedHashMap<>();
                node.fields().forEachRemaining(member -> members.put(member.getKey(), plain(member.getValue())));
                return members;
            default:
                return Json.mapper().convertValue(node, Object.class);
        }
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
