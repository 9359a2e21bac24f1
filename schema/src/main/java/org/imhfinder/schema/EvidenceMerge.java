package org.imhfinder.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A program assembled from every page that describes it. Each page's listing is evidence; each
 * content field takes its value from the most trusted evidence that states it: the program's own
 * page first, then by {@link EvidenceRole#trust()} (its own page above a summary on a hub or in a
 * directory), then the page the others sit under, then the URL (so the order never depends on which
 * page was read first). A value taken from another page than the program's own says so in its
 * provenance ({@link FieldProvenance#url()}). Where a page as trusted as the program's own states
 * another value of a key field, the merge keeps the own page's value and reports the disagreement
 * ({@link Conflict}) for curators instead of letting the pages take turns.
 */
public final class EvidenceMerge {
    /** Objects whose members are merged one by one (a city from one page, a state from another). */
    private static final Set<ListingField> BY_MEMBER = Set.of(ListingField.LOCATION, ListingField.CONTACT,
            ListingField.PROVIDER);

    /** A key field on which a page as trusted as the program's own page states another value. */
    public record Conflict(String field, String url, String value) {
    }

    /** The assembled program and the disagreements among its most trusted pages. */
    public record Merged(ProgramListing listing, List<Conflict> conflicts) {
    }

    private EvidenceMerge() {
    }

    /**
     * The order evidence is read in: the page {@code ownUrl} first (when null, none is), then by trust,
     * then the page whose path the other's path extends (a landing page above its details page), then by URL.
     */
    public static Comparator<ProgramListing> order(String ownUrl) {
        return Comparator.<ProgramListing, Boolean>comparing(l -> !Objects.equals(l.sourceUrl(), ownUrl))
                .thenComparing(l -> -EvidenceRole.of(l.evidence()).trust())
                .thenComparing(ProgramListing::sourceUrl, EvidenceMerge::comparePages);
    }

    /** The page that is the program's own among {@code evidence}: the first in {@link #order(String)} with none preferred. */
    public static String ownPage(Collection<ProgramListing> evidence) {
        return evidence.stream().min(order(null)).map(ProgramListing::sourceUrl).orElse(null);
    }

    /** Negative when page {@code a} is preferred to {@code b}: the one the other sits under, else the shorter, else by text. */
    public static int comparePages(String a, String b) {
        String pathA = path(a);
        String pathB = path(b);
        if (!pathA.equals(pathB)) {
            if (pathB.startsWith(pathA.endsWith("/") ? pathA : pathA + "/")) {
                return -1;
            }
            if (pathA.startsWith(pathB.endsWith("/") ? pathB : pathB + "/")) {
                return 1;
            }
        }
        int byLength = Integer.compare(String.valueOf(a).length(), String.valueOf(b).length());
        return byLength != 0 ? byLength : String.valueOf(a).compareTo(String.valueOf(b));
    }

    /** Assembles the program from its evidence (at least one listing), {@code ownUrl} its own page. */
    public static Merged merge(Collection<ProgramListing> evidence, String ownUrl) {
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a program needs at least one page's evidence");
        }
        if (evidence.size() == 1) {
            return single(evidence.iterator().next());
        }
        List<ProgramListing> ordered = evidence.stream().sorted(order(ownUrl)).toList();
        ProgramListing first = ordered.get(0);
        List<ObjectNode> trees = ordered.stream().map(l -> (ObjectNode) Json.mapper().valueToTree(l)).toList();
        ObjectNode merged = trees.get(0).deepCopy();
        ObjectNode provenance = merged.get("provenance") instanceof ObjectNode p ? p : merged.putObject("provenance");
        for (int i = 1; i < ordered.size(); i++) {
            fill(merged, provenance, trees.get(i), ordered.get(i).sourceUrl());
        }
        ProgramListing listing = read(merged).toBuilder()
                .sourceUrl(first.sourceUrl())
                .evidence(EvidenceRole.of(first.evidence()))
                .alsoDescribedOn(ordered.stream().skip(1).map(ProgramListing::sourceUrl).sorted().toList())
                .fetchedAt(ordered.stream().map(ProgramListing::fetchedAt).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(first.fetchedAt()))
                .crawlId(latest(ordered).crawlId())
                .build();
        listing = listing.toBuilder().contentHash(ContentHash.of(listing)).build();
        return new Merged(listing, conflicts(ordered, trees, (ObjectNode) Json.mapper().valueToTree(listing)));
    }

    /**
     * One page's evidence is the program as it states it: what the general merge would make of it
     * (its JSON, read back, with nothing to fill or disagree with), without going through JSON,
     * which is most of a new listing's cost in the indexer.
     */
    private static Merged single(ProgramListing page) {
        ProgramListing listing = page.toBuilder()
                .evidence(EvidenceRole.of(page.evidence()))
                .alsoDescribedOn(List.of())
                .build();
        return new Merged(listing.toBuilder().contentHash(ContentHash.of(listing)).build(), List.of());
    }

    private static void fill(ObjectNode merged, ObjectNode provenance, ObjectNode other, String page) {
        JsonNode otherProvenance = other.path("provenance");
        for (ListingField field : ListingField.values()) {
            if (!field.isContent()) {
                continue;
            }
            String name = field.json();
            if (BY_MEMBER.contains(field) && other.get(name) instanceof ObjectNode members) {
                ObjectNode target = merged.get(name) instanceof ObjectNode t ? t : merged.putObject(name);
                members.fieldNames().forEachRemaining(member -> {
                    if (!hasValue(target.get(member)) && hasValue(members.get(member))) {
                        target.set(member, members.get(member));
                        copyProvenance(provenance, otherProvenance, name + "." + member, page);
                    }
                });
            } else if (!hasValue(merged.get(name)) && hasValue(other.get(name))) {
                merged.set(name, other.get(name));
                copyProvenance(provenance, otherProvenance, name, page);
            }
        }
    }

    private static void copyProvenance(ObjectNode provenance, JsonNode from, String key, String page) {
        JsonNode found = from.get(key);
        if (found != null && found.isObject()) {
            ObjectNode copy = found.deepCopy();
            copy.put("url", page);
            provenance.set(key, copy);
        }
    }

    private static List<Conflict> conflicts(List<ProgramListing> ordered, List<ObjectNode> trees, ObjectNode merged) {
        List<Conflict> conflicts = new ArrayList<>();
        int topTrust = EvidenceRole.of(ordered.get(0).evidence()).trust();
        for (int i = 1; i < ordered.size(); i++) {
            if (EvidenceRole.of(ordered.get(i).evidence()).trust() != topTrust) {
                continue;
            }
            for (ListingField field : ListingField.values()) {
                JsonNode value = trees.get(i).get(field.json());
                if (field.isKey() && hasValue(value) && !value.equals(merged.get(field.json()))) {
                    conflicts.add(new Conflict(field.json(), ordered.get(i).sourceUrl(),
                            value.isTextual() ? value.asText() : value.toString()));
                }
            }
        }
        return conflicts;
    }

    private static ProgramListing latest(List<ProgramListing> ordered) {
        return ordered.stream().filter(l -> l.fetchedAt() != null).max(Comparator.comparing(ProgramListing::fetchedAt))
                .orElse(ordered.get(0));
    }

    static boolean hasValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.asText().isBlank();
        }
        return !value.isContainerNode() || !value.isEmpty();
    }

    private static ProgramListing read(ObjectNode json) {
        try {
            return Json.mapper().treeToValue(json, ProgramListing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence that does not merge into a listing: " + e.getOriginalMessage(), e);
        }
    }

    private static String path(String url) {
        try {
            String path = URI.create(String.valueOf(url)).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return String.valueOf(url);
        }
    }

}
