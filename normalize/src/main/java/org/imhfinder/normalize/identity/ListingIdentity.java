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
import org.imhfinder.normalize.fields.LevelDesignations;
import org.imhfinder.schema.ContentHash;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Track;
import org.imhfinder.vocabulary.EndorsementLevel;
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
 * "Infant and Early Childhood Mental Health Graduate Certificate" are one program. A Mentor level
 * offered in designations (Clinical, Policy, Research/Faculty) is one program per designation: the
 * designation the name or level states is part of the key ("imhm-c"), whichever way it is written
 * ("Mentor - Clinical", a Mentor column headed "Clinical", "IMHM-C").
 *
 * <p>Neither key depends on the form the directory shows a name in ({@code ProgramNaming}): a
 * level's display name is rebuilt from the vocabulary, and the words naming rules take out of a
 * heading (page words such as "Requirements" or "Welcome", a "copy of" slug, a cohort's years,
 * trademark signs, capitals) are not part of a name's key either, so the raw heading and its display
 * form have one id. A Mentor designation the vocabulary has no level for ("Infant/Early Childhood
 * Mental Health Mentor - Clinical") is part of the level's key, so the three paths stay three programs,
 * and so is the track of the reflective-supervisor add-on when it is not the infant one.
 *
 * <p>The content hash covers the normalized fields only: no id, URL, crawl, fetch time,
 * provenance or freshness, so a changed footer, a new crawl or a moved page is not a change.
 */
public final class ListingIdentity {
    private static final java.util.regex.Pattern SIGNS = java.util.regex.Pattern.compile("[\u2122\u00AE\u00A9\u2120]");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['\u2019]");
    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "in", "and", "for", "to", "on", "at", "with",
            "program", "programme", "our",
            // words naming a page rather than a program, which display names drop
            "requirements", "requirement", "overview", "guidelines", "information", "details", "welcome", "about", "apply",
            "register", "now", "today", "copy");
    /** A year in a name ("... Training Program 2024 - 2025"): a cohort's, not the program's. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d{2}");

    private final Vocabulary vocabulary;
    private final LevelDesignations designations;

    public ListingIdentity(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.designations = new LevelDesignations(vocabulary);
    }

    public String idOf(String sourceId, ProgramListing listing) {
        return "prg-" + sha256(sourceId + "|" + keyOf(listing)).substring(0, 24);
    }

    /** "level:ifs" for a level ("level:iecmhm:clinical" for a designation beyond it), else "name:" and the name's sorted words. */
    String keyOf(ProgramListing listing) {
        if (listing.level() != null) {
            var levels = vocabulary.find(listing.level(), TermKind.ENDORSEMENT_LEVEL).stream().map(m -> m.value()).distinct().toList();
            if (levels.size() == 1) {
                EndorsementLevel level = designations.narrowedBy(vocabulary.level(levels.get(0)).orElseThrow(), listing.name());
                return "level:" + level.id() + designation(level, listing) + addOnTrack(level, listing);
            }
        }
        return "name:" + nameKey(listing.name());
    }

    /** ":clinical" for a Mentor path the vocabulary has no level for on the level's track. */
    private String designation(EndorsementLevel level, ProgramListing listing) {
        return designations.beyondLevel(level, listing.name()).map(d -> ":" + d.toLowerCase(Locale.ROOT)).orElse("");
    }

    /**
     * ":early_childhood" for the add-on offered on another track than the infant one it comes from (a
     * provider may offer the Infant Family and the Early Childhood Family Reflective Supervisor side by
     * side); the infant form, or one without a track, keeps the plain key.
     */
    private static String addOnTrack(EndorsementLevel level, ProgramListing listing) {
        boolean otherTrack = listing.track() != null && listing.track() != Track.INFANT;
        return level.addOn() && level.track() == null && otherTrack ? ":" + listing.track().name().toLowerCase(Locale.ROOT) : "";
    }

    static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String folded = APOSTROPHES.matcher(MARKS.matcher(Normalizer.normalize(SIGNS.matcher(name).replaceAll(" "), Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll("");
        return Arrays.stream(NOT_WORD.split(folded))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w) && !YEAR.matcher(w).matches())
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
