package org.imhfinder.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A listing's content hash: a digest of its content fields as the catalogue names them
 * ({@link ListingField#isContent()}), so that neither its page, its crawl, its provenance nor
 * anything the pipeline fills in changes it. Normalize hashes a page's evidence with it and the
 * indexer the program it assembles, so equal content has equal hashes everywhere.
 *
 * <p>What is hashed is the JSON object of the content fields that are not null, in the catalogue's
 * order, each written as {@link Json} writes it. It is written straight from the listing's fields:
 * going through the whole listing as a tree first would serialise its provenance (most of a listing)
 * only to drop it, which cost normalize more than a quarter of parsing the page.
 */
public final class ContentHash {
    /** The content fields in the catalogue's order, each with the record accessor of its component (named as its JSON property). */
    private static final List<Map.Entry<String, Method>> CONTENT = contentAccessors();

    private ContentHash() {
    }

    public static String of(ProgramListing listing) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(listing));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The UTF-8 JSON of the content fields that have a value. */
    static byte[] canonical(ProgramListing listing) {
        Map<String, Object> content = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Method> field : CONTENT) {
                Object value = field.getValue().invoke(listing);
                if (value != null) {
                    content.put(field.getKey(), value);
                }
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the content of listing " + listing.id(), e);
        }
        return Json.writeBytes(content); // one write: a map keeps the catalogue's order
    }

    private static List<Map.Entry<String, Method>> contentAccessors() {
        Map<String, Method> accessors = Arrays.stream(ProgramListing.class.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor));
        return Arrays.stream(ListingField.values()).filter(ListingField::isContent)
                .map(f -> Map.entry(f.json(), required(accessors.get(f.json()), f)))
                .toList();
    }

    private static Method required(Method accessor, ListingField field) {
        if (accessor == null) {
            throw new IllegalStateException("ProgramListing has no component for the content field " + field.json());
        }
        return accessor;
    }
}
