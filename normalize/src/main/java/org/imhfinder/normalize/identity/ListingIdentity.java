package org.imhfinder.normalize.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;

/**
 * A listing's identity and content fingerprint. The id depends on the source and the program's
 * normalized name and level, never on the URL, so it survives re-crawls, cosmetic edits and URL
 * moves. The content hash covers the normalized fields only (no page metadata, no provenance).
 */
public final class ListingIdentity {
    private ListingIdentity() {
    }

    public static String idOf(String sourceId, String name, String level) {
        return "prg-" + sha256(sourceId + "|" + key(name) + "|" + key(level)).substring(0, 24);
    }

    public static String contentHashOf(ProgramListing listing) {
        ProgramListing content = listing.toBuilder()
                .id(null).sourceUrl(null).crawlId(null).fetchedAt(null).provenance(null)
                .contentHash(null).freshness(null)
                .build();
        return sha256(Json.write(content)).substring(0, 32);
    }

    /** Lower case, accents and punctuation dropped, whitespace collapsed. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
