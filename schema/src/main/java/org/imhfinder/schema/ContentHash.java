package org.imhfinder.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A listing's content hash: a digest of its content fields as the catalogue names them
 * ({@link ListingField#isContent()}), so that neither its page, its crawl, its provenance nor
 * anything the pipeline fills in changes it. Normalize hashes a page's evidence with it and the
 * indexer the program it assembles, so equal content has equal hashes everywhere.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(ProgramListing listing) {
        JsonNode json = Json.mapper().valueToTree(listing);
        ObjectNode content = Json.mapper().createObjectNode();
        for (ListingField field : ListingField.values()) {
            JsonNode value = json.get(field.json());
            if (field.isContent() && value != null && !value.isNull()) {
                content.set(field.json(), value);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.write(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
