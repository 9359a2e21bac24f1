package org.imhfinder.normalize.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.imhfinder.schema.ContentHash;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * A listing's identity and content fingerprint.
 *
 * <p>The id is {@code prg-} and 24 hex digits of a SHA-256 over the source id and a key that
 * never involves the URL, so it survives re-crawls and URL moves. For a level of a credential
 * system (an Endorsement category) the key is the level's vocabulary id ("ifs"), which survives
 * any rewording of the heading ("Infant Family Specialist Endorsement (Category II)" becoming
 * "IFS - Level 2"). For any other program it is its name's words, folded, without filler words,
 * in sorted order, so "Graduate Certificate in Infant & Early Childhood Mental Health" and
 * "Infant and Early Childhood Mental Health Graduate Certificate" are one program.
 *
 * <p>The content hash covers the normalized fields only: no id, URL, crawl, fetch time,
 * provenance or freshness, so a changed footer, a new crawl or a moved page is not a change.
 */
public final class ListingIdentity {
    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "in", "and", "for", "to", "on", "at", "with",
            "program", "programme", "our");

    private final Vocabulary vocabulary;

    public ListingIdentity(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public String idOf(String sourceId, ProgramListing listing) {
        return "prg-" + sha256(sourceId + "|" + keyOf(listing)).substring(0, 24);
    }

    /** "level:ifs" for a level, else "name:" and the name's sorted words. */
    String keyOf(ProgramListing listing) {
        if (listing.level() != null) {
            var levels = vocabulary.find(listing.level(), TermKind.ENDORSEMENT_LEVEL).stream().map(m -> m.value()).distinct().toList();
            if (levels.size() == 1) {
                return "level:" + levels.get(0);
            }
        }
        return "name:" + nameKey(listing.name());
    }

    static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['\u2019]", "");
        return Arrays.stream(folded.split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w))
                .sorted().distinct().collect(Collectors.joining(" "));
    }

    /** The content hash every stage computes the same way ({@link ContentHash}). */
    public static String contentHashOf(ProgramListing listing) {
        return ContentHash.of(listing);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
