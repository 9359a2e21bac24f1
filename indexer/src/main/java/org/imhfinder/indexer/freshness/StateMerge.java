package org.imhfinder.indexer.freshness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imhfinder.schema.ContentBaseline;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.EvidenceMerge;
import org.imhfinder.schema.ListingEvent;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;

/**
 * Merges two states of the same listing into one that holds what either knew: the newer listing,
 * the latest of each instant, the union of decisions, failures, URLs and history. The merge is
 * commutative and idempotent, so states written by different indexer instances, replayed from
 * {@code imh.listing-state.v1} or rebuilt from the topics can be combined in any order.
 */
public final class StateMerge {
    /** History entries kept per listing (decisions are always all kept). */
    public static final int MAX_EVENTS = 100;

    private StateMerge() {
    }

    public static ListingState merge(ListingState a, ListingState b) {
        if (a.equals(b)) {
            return a;
        }
        ListingState content = newerContent(a, b);
        ListingState url = newerUrl(a, b);
        Instant lastSeen = FreshnessRules.latest(a.lastSeenAt(), b.lastSeenAt());
        ListingState peak = newerPeak(a, b);
        ListingState other = content == a ? b : a;
        List<String> previous = previousUrls(a, b, url.sourceUrl());
        List<ProgramListing> evidence = followMoves(evidence(content, other), url.sourceUrl(), previous);
        boolean same = evidence.equals(content.evidence()) && content.listing() != null
                && Objects.equals(content.listing().sourceUrl(), url.sourceUrl());
        ProgramListing listing = same || evidence.isEmpty() ? content.listing() : assembled(evidence, url.sourceUrl());
        return content.toBuilder()
                .listing(listing).evidence(evidence)
                .contentSince(contentSince(a, b, content))
                .sourceUrl(url.sourceUrl()).sourceUrlSince(url.sourceUrlSince())
                .previousUrls(previous)
                .lastSeenAt(lastSeen)
                .goneAt(FreshnessRules.latest(a.goneAt(), b.goneAt()))
                .movedAt(FreshnessRules.latest(a.movedAt(), b.movedAt()))
                .failedFetches(failures(a, b, lastSeen))
                .baseline(baseline(a.baseline(), b.baseline()))
                .peakFieldCount(peak.peakFieldCount()).peakSince(peak.peakSince())
                .decisions(decisions(a, b))
                .events(events(a.events(), b.events()))
                .build();
    }

    private static ListingState newerContent(ListingState a, ListingState b) {
        if (a.listing() == null || b.listing() == null) {
            return a.listing() == null ? b : a;
        }
        return ListingFacts.isNewer(b.listing(), a.listing()) ? b : a;
    }

    /**
     * The pages' evidence: the newer state's, plus any page the other state saw later than anything
     * the newer one saw (the newer one cannot have dropped what it never saw); per page the later extraction.
     */
    private static List<ProgramListing> evidence(ListingState newer, ListingState other) {
        Instant newest = newer.evidence().stream().map(ProgramListing::fetchedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Map<String, ProgramListing> byPage = new java.util.TreeMap<>();
        newer.evidence().forEach(p -> byPage.put(p.sourceUrl(), p));
        for (ProgramListing page : other.evidence()) {
            ProgramListing known = byPage.get(page.sourceUrl());
            if (known != null ? ListingFacts.isNewer(page, known) : FreshnessRules.isAfter(page.fetchedAt(), newest)) {
                byPage.put(page.sourceUrl(), page);
            }
        }
        return List.copyOf(byPage.values());
    }

    /** Evidence of a page the program moved away from is the evidence of its current page (one state may not know the move yet). */
    private static List<ProgramListing> followMoves(List<ProgramListing> evidence, String current, List<String> previous) {
        if (current == null || evidence.stream().noneMatch(p -> previous.contains(p.sourceUrl()))) {
            return evidence;
        }
        boolean currentKnown = evidence.stream().anyMatch(p -> current.equals(p.sourceUrl()));
        List<ProgramListing> followed = new ArrayList<>();
        for (ProgramListing page : evidence) {
            if (!previous.contains(page.sourceUrl())) {
                followed.add(page);
            } else if (!currentKnown) {
                followed.add(page.toBuilder().sourceUrl(current).build());
                currentKnown = true;
            }
        }
        followed.sort(Comparator.comparing(ProgramListing::sourceUrl));
        return List.copyOf(followed);
    }

    private static ProgramListing assembled(List<ProgramListing> evidence, String own) {
        boolean ownKnown = evidence.stream().anyMatch(p -> p.sourceUrl().equals(own));
        return EvidenceMerge.merge(evidence, ownKnown ? own : EvidenceMerge.ownPage(evidence)).listing();
    }

    private static Instant contentSince(ListingState a, ListingState b, ListingState winner) {
        ProgramListing la = a.listing();
        ProgramListing lb = b.listing();
        if (la != null && lb != null && Objects.equals(la.contentHash(), lb.contentHash())
                && a.contentSince() != null && b.contentSince() != null) {
            return a.contentSince().isBefore(b.contentSince()) ? a.contentSince() : b.contentSince();
        }
        return winner.contentSince();
    }

    private static ListingState newerUrl(ListingState a, ListingState b) {
        if (a.sourceUrlSince() == null || b.sourceUrlSince() == null) {
            return a.sourceUrlSince() == null ? b : a;
        }
        int byTime = a.sourceUrlSince().compareTo(b.sourceUrlSince());
        if (byTime != 0) {
            return byTime > 0 ? a : b;
        }
        return String.valueOf(a.sourceUrl()).compareTo(String.valueOf(b.sourceUrl())) >= 0 ? a : b;
    }

    private static List<String> previousUrls(ListingState a, ListingState b, String current) {
        Set<String> urls = new LinkedHashSet<>(a.previousUrls());
        urls.addAll(b.previousUrls());
        addIfOther(urls, a.sourceUrl(), current);
        addIfOther(urls, b.sourceUrl(), current);
        urls.remove(current);
        return List.copyOf(urls);
    }

    private static void addIfOther(Set<String> urls, String url, String current) {
        if (url != null && !url.equals(current)) {
            urls.add(url);
        }
    }

    private static List<Instant> failures(ListingState a, ListingState b, Instant lastSeen) {
        Set<Instant> all = new java.util.TreeSet<>(a.failedFetches());
        all.addAll(b.failedFetches());
        List<Instant> kept = all.stream().filter(at -> FreshnessRules.isAfter(at, lastSeen)).toList();
        return kept.size() <= ListingFacts.MAX_FAILED_FETCHES ? kept
                : kept.subList(kept.size() - ListingFacts.MAX_FAILED_FETCHES, kept.size());
    }

    /** A confirmed baseline beats a first extraction; the latest confirmation, or the earliest extraction, wins. */
    private static ContentBaseline baseline(ContentBaseline a, ContentBaseline b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.confirmed() != b.confirmed()) {
            return a.confirmed() ? a : b;
        }
        int byTime = a.at().compareTo(b.at());
        if (byTime == 0) {
            return sorted(a.fingerprints()).compareTo(sorted(b.fingerprints())) >= 0 ? a : b;
        }
        return a.confirmed() == byTime > 0 ? a : b;
    }

    private static String sorted(Map<String, String> fingerprints) {
        return new java.util.TreeMap<>(fingerprints).toString();
    }

    private static ListingState newerPeak(ListingState a, ListingState b) {
        if (Objects.equals(a.peakSince(), b.peakSince())) {
            return a.peakFieldCount() >= b.peakFieldCount() ? a : b;
        }
        if (a.peakSince() == null || b.peakSince() == null) {
            return a.peakSince() == null ? b : a;
        }
        return a.peakSince().isAfter(b.peakSince()) ? a : b;
    }

    private static List<CurationDecision> decisions(ListingState a, ListingState b) {
        Map<String, CurationDecision> byId = new LinkedHashMap<>();
        a.decisions().forEach(d -> byId.put(d.decisionId(), d));
        b.decisions().forEach(d -> byId.putIfAbsent(d.decisionId(), d));
        List<CurationDecision> all = new ArrayList<>(byId.values());
        all.sort(ListingFacts.DECISION_ORDER);
        return all;
    }

    /** Orders history entries by time; the rest only breaks ties, so every replica agrees. */
    static final Comparator<ListingEvent> EVENT_ORDER = Comparator.comparing(ListingEvent::at)
            .thenComparing(ListingEvent::kind)
            .thenComparing(e -> String.valueOf(e.detail()))
            .thenComparing(e -> String.valueOf(e.status()))
            .thenComparing(e -> e.reasons().toString());

    static List<ListingEvent> events(List<ListingEvent> a, List<ListingEvent> b) {
        Set<ListingEvent> all = new LinkedHashSet<>(a);
        all.addAll(b);
        List<ListingEvent> sorted = new ArrayList<>(all);
        sorted.sort(EVENT_ORDER);
        return sorted.size() <= MAX_EVENTS ? sorted : List.copyOf(sorted.subList(sorted.size() - MAX_EVENTS, sorted.size()));
    }
}
