package org.imhfinder.indexer.freshness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.imhfinder.schema.ContentBaseline;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.EvidenceMerge;
import org.imhfinder.schema.EvidenceRole;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;

/**
 * How each fact about a listing changes its state. Every rule is idempotent (the same fact twice
 * changes nothing the second time) and keeps the latest of each kind, so a fact that arrives late
 * never undoes a newer one: an older extraction does not replace a newer listing, a 404 older than
 * the last 200 does not make a listing gone.
 */
public final class ListingFacts {
    /** Failed fetches kept per listing: enough for any sensible FETCH_ERRORS threshold. */
    static final int MAX_FAILED_FETCHES = 20;
    /** Orders decisions as curators made them; the id breaks ties so every replica agrees. */
    public static final Comparator<CurationDecision> DECISION_ORDER =
            Comparator.comparing(CurationDecision::decidedAt).thenComparing(CurationDecision::decisionId);

    private ListingFacts() {
    }

    /**
     * A page fetched at {@code listing.fetchedAt()} described the program: its evidence replaces that
     * page's earlier evidence (a later extraction only), the program is assembled again from every
     * page's evidence, and if the page is the program's own, the program was seen. The program's own
     * page ({@code sourceUrl}) stays put while it lives: a more trusted page takes over without a
     * flag (the program's own page found after a summary of it), an equally trusted one only within
     * the same crawl (the order pages are read in must not matter), and any page as trusted once the
     * own page is gone (the program moved without a redirect: {@code SOURCE_MOVED}).
     */
    public static ListingState extracted(ListingState state, ProgramListing listing) {
        Instant at = listing.fetchedAt();
        List<ProgramListing> pages = new ArrayList<>(state.pages());
        ProgramListing previous = onPage(pages, listing.sourceUrl());
        if (previous != null && !isNewer(listing, previous) || leftBefore(state, listing)) {
            return lateFirstExtraction(state, listing);
        }
        pages.remove(previous);
        pages.add(listing);
        String own = ownPageAfter(state, pages, listing);
        boolean move = state.sourceUrl() != null && !own.equals(state.sourceUrl()) && ownPageGone(state);
        ListingState next = assemble(state, pages, own, at, move, listing.crawlId());
        return listing.sourceUrl().equals(next.sourceUrl()) ? seen(next, at) : next;
    }

    /**
     * Page {@code url} was fetched at {@code at} and no longer describes the program. Another page's
     * summary leaving changes nothing but the evidence. The program's own page leaving it: another page
     * as trusted takes over (the program moved), else the program is gone from its page.
     */
    public static ListingState droppedBy(ListingState state, String url, Instant at) {
        List<ProgramListing> pages = new ArrayList<>(state.pages());
        ProgramListing dropped = onPage(pages, url);
        if (dropped == null || !isAfterOrSame(at, dropped.fetchedAt())) {
            return url.equals(state.sourceUrl()) ? gone(state, at) : state;
        }
        if (!url.equals(state.sourceUrl())) {
            pages.remove(dropped);
            return assemble(state, pages, state.sourceUrl(), at, false, null);
        }
        int trust = EvidenceRole.of(dropped.evidence()).trust();
        pages.remove(dropped);
        List<ProgramListing> asTrusted = pages.stream().filter(p -> EvidenceRole.of(p.evidence()).trust() >= trust).toList();
        if (asTrusted.isEmpty()) {
            return gone(state, at);
        }
        return assemble(state, pages, EvidenceMerge.ownPage(asTrusted), at, true, null);
    }

    /** Page {@code url}, not the program's own, answered 404/410: its summary of the program is gone with it. */
    public static ListingState pageGone(ListingState state, String url, Instant at) {
        if (url.equals(state.sourceUrl())) {
            return gone(state, at);
        }
        return droppedBy(state, url, at);
    }

    /** Page {@code from}, not the program's own, moved to {@code to}: its evidence is the new page's. */
    public static ListingState evidenceMoved(ListingState state, String from, String to) {
        List<ProgramListing> pages = new ArrayList<>();
        boolean changed = false;
        for (ProgramListing page : state.pages()) {
            boolean moves = from.equals(page.sourceUrl()) && onPage(state.pages(), to) == null;
            pages.add(moves ? page.toBuilder().sourceUrl(to).build() : page);
            changed |= moves;
        }
        return changed ? assemble(state, pages, state.sourceUrl(), null, false, null) : state;
    }

    /** True when page {@code url} describes the program: its own page, or one of its other pages. */
    public static boolean describedOn(ListingState state, String url) {
        return url.equals(state.sourceUrl()) || onPage(state.pages(), url) != null;
    }

    /** Every page {@link #describedOn} is true for: the program's own page and those of its evidence. */
    public static Set<String> describingPages(ListingState state) {
        Set<String> pages = new HashSet<>(4);
        if (state.sourceUrl() != null) {
            pages.add(state.sourceUrl());
        }
        for (ProgramListing page : state.pages()) {
            if (page.sourceUrl() != null) {
                pages.add(page.sourceUrl());
            }
        }
        return pages;
    }

    /** The evidence of the program's own page (the whole listing for a state from before evidence was kept). */
    public static ProgramListing ownEvidence(ListingState state) {
        ProgramListing own = onPage(state.pages(), state.sourceUrl());
        return own != null ? own : state.listing();
    }

    /** Which page is the program's own once {@code incoming} joins the evidence. */
    private static String ownPageAfter(ListingState state, List<ProgramListing> pages, ProgramListing incoming) {
        String current = state.sourceUrl();
        ProgramListing own = onPage(pages, current);
        if (current == null || own == null) {
            return EvidenceMerge.ownPage(pages);
        }
        if (incoming.sourceUrl().equals(current)) {
            return current;
        }
        int trust = EvidenceRole.of(incoming.evidence()).trust();
        int ownTrust = EvidenceRole.of(own.evidence()).trust();
        boolean sameCrawl = Objects.equals(incoming.crawlId(), own.crawlId());
        if (trust > ownTrust || trust == ownTrust && sameCrawl && EvidenceMerge.comparePages(incoming.sourceUrl(), current) < 0) {
            return incoming.sourceUrl();
        }
        if (trust >= ownTrust && ownPageGone(state) && FreshnessRules.isAfter(incoming.fetchedAt(), state.goneAt())) {
            return incoming.sourceUrl();
        }
        return current;
    }

    /**
     * The state with its evidence {@code pages}, its own page {@code own} and the program assembled
     * from them; {@code move}: the new own page replaces one the program left (its earlier page is
     * kept in {@code previousUrls}, and the move is flagged), rather than a summary or a page of the
     * same crawl. {@code crawlId}: the crawl of the extraction that brought the change, if one did;
     * while it is the program's first crawl, the baseline is the program as assembled so far (the
     * crawl's pages come in any order), and after it only fields the baseline lacks are absorbed.
     */
    private static ListingState assemble(ListingState state, List<ProgramListing> pages, String own, Instant at,
                                         boolean move, String crawlId) {
        ProgramListing merged = EvidenceMerge.merge(pages, own).listing();
        ProgramListing current = state.listing();
        Instant since = at != null ? at : merged.fetchedAt();
        List<ProgramListing> byPage = pages.stream().sorted(Comparator.comparing(ProgramListing::sourceUrl)).toList();
        ListingState.Builder next = state.toBuilder().evidence(byPage).listing(merged);
        ProgramListing ownPage = onPage(pages, own);
        if (current == null) {
            next.contentSince(since).baseline(KeyFields.firstExtraction(since, merged, crawlId))
                    .peakFieldCount(KeyFields.fieldCount(ownPage)).peakSince(since);
        } else {
            if (!Objects.equals(merged.contentHash(), current.contentHash())) {
                next.contentSince(since);
            }
            next.peakFieldCount(Math.max(state.peakFieldCount(), KeyFields.fieldCount(ownPage)));
            ContentBaseline baseline = state.baseline();
            if (baseline != null && baseline.follows(crawlId)) {
                next.baseline(KeyFields.firstExtraction(baseline.at(), merged, crawlId));
            } else if (baseline != null) {
                next.baseline(KeyFields.absorbNew(baseline, merged));
            }
        }
        if (own != null && !own.equals(state.sourceUrl())) {
            next.sourceUrl(own).sourceUrlSince(since);
            if (move) {
                List<String> previous = new ArrayList<>(state.previousUrls());
                previous.remove(state.sourceUrl());
                previous.add(state.sourceUrl());
                previous.remove(own);
                next.previousUrls(previous).movedAt(FreshnessRules.latest(state.movedAt(), since));
            }
        }
        return next.build();
    }

    /** An extraction, arriving late, of a page the program has since left for another. */
    private static boolean leftBefore(ListingState state, ProgramListing listing) {
        return state.previousUrls().contains(listing.sourceUrl())
                && !FreshnessRules.isAfter(listing.fetchedAt(), state.sourceUrlSince());
    }

    private static boolean ownPageGone(ListingState state) {
        return state.goneAt() != null && FreshnessRules.isAfter(state.goneAt(), state.lastSeenAt());
    }

    /** An older extraction than the page's known one: only an earlier first extraction matters (it is the baseline). */
    private static ListingState lateFirstExtraction(ListingState state, ProgramListing listing) {
        Instant at = listing.fetchedAt();
        if (state.baseline() != null && !state.baseline().confirmed() && at.isBefore(state.baseline().at())) {
            return state.toBuilder().baseline(KeyFields.firstExtraction(at, listing, listing.crawlId())).build();
        }
        return state;
    }

    private static ProgramListing onPage(List<ProgramListing> pages, String url) {
        return url == null ? null : pages.stream().filter(p -> url.equals(p.sourceUrl())).findFirst().orElse(null);
    }

    private static boolean isAfterOrSame(Instant at, Instant than) {
        return than == null || !at.isBefore(than);
    }

    /** Its page answered 200 or 304 at {@code at}. */
    public static ListingState seen(ListingState state, Instant at) {
        Instant lastSeen = FreshnessRules.latest(state.lastSeenAt(), at);
        List<Instant> failures = state.failedFetches().stream().filter(f -> f.isAfter(lastSeen)).toList();
        return state.toBuilder().lastSeenAt(lastSeen).failedFetches(failures).build();
    }

    /** Its page answered 404/410, or was fetched and no longer yields it, at {@code at}. */
    public static ListingState gone(ListingState state, Instant at) {
        return state.toBuilder().goneAt(FreshnessRules.latest(state.goneAt(), at)).build();
    }

    /** A fetch of its page failed at {@code at}; failures before it was last seen do not count. */
    public static ListingState fetchFailed(ListingState state, Instant at) {
        if (!FreshnessRules.isAfter(at, state.lastSeenAt()) || state.failedFetches().contains(at)) {
            return state;
        }
        List<Instant> failures = new ArrayList<>(state.failedFetches());
        failures.add(at);
        failures.sort(Comparator.naturalOrder());
        if (failures.size() > MAX_FAILED_FETCHES) {
            failures = failures.subList(failures.size() - MAX_FAILED_FETCHES, failures.size());
        }
        return state.toBuilder().failedFetches(failures).build();
    }

    /**
     * Its page {@code from} answered at {@code at} with a permanent redirect to {@code to}: same listing,
     * new URL. The redirect of a page the listing already left for {@code to} is the move it made,
     * answered again (sites keep linking the old address): nothing new, and no new flag.
     */
    public static ListingState moved(ListingState state, String from, String to, Instant at) {
        if (to.equals(state.sourceUrl()) && state.previousUrls().contains(from) && state.movedAt() != null) {
            return state;
        }
        ListingState flagged = state.toBuilder().movedAt(FreshnessRules.latest(state.movedAt(), at)).build();
        if (!from.equals(state.sourceUrl())) {
            return flagged;
        }
        ListingState moved = pageUrl(flagged, to, at);
        if (!to.equals(moved.sourceUrl()) || onPage(state.pages(), from) == null) {
            return moved;
        }
        ProgramListing there = onPage(state.pages(), to);
        List<ProgramListing> pages = new ArrayList<>();
        for (ProgramListing page : state.pages()) {
            if (from.equals(page.sourceUrl())) {
                pages.add(there != null && isNewer(there, page) ? there : page.toBuilder().sourceUrl(to).build());
            } else if (!to.equals(page.sourceUrl())) {
                pages.add(page);
            }
        }
        return assemble(moved.toBuilder().evidence(pages).build(), pages, to, at, false, null);
    }

    /** A curator decided; a decision already applied (same id) changes nothing. */
    public static ListingState decided(ListingState state, CurationDecision decision) {
        if (state.decisions().stream().anyMatch(d -> d.decisionId().equals(decision.decisionId()))) {
            return state;
        }
        List<CurationDecision> decisions = new ArrayList<>(state.decisions());
        decisions.add(decision);
        decisions.sort(DECISION_ORDER);
        ListingState.Builder next = state.toBuilder().decisions(decisions);
        if (decision.action() == CurationAction.CONFIRM) {
            acceptContent(state, decision.decidedAt(), next);
        }
        return next.build();
    }

    /**
     * A CONFIRM accepts the content the curator saw: its key fields become the baseline and its
     * field count the peak. When the content changed after the decision, the curator did not see
     * that change, and the baseline stays (the change stays flagged).
     */
    private static void acceptContent(ListingState state, Instant decidedAt, ListingState.Builder next) {
        ProgramListing listing = state.listing();
        ContentBaseline baseline = state.baseline();
        boolean sawCurrent = listing != null && !FreshnessRules.isAfter(state.contentSince(), decidedAt);
        boolean newer = baseline == null || !baseline.confirmed() || decidedAt.isAfter(baseline.at());
        if (sawCurrent && newer) {
            next.baseline(KeyFields.confirmed(decidedAt, listing))
                    .peakFieldCount(KeyFields.fieldCount(ownEvidence(state))).peakSince(decidedAt);
        }
    }

    /** The listing's page became {@code url} at {@code at}, unless a later fact already set it. */
    private static ListingState pageUrl(ListingState state, String url, Instant at) {
        if (url == null || url.equals(state.sourceUrl()) || !FreshnessRules.isAfter(at, state.sourceUrlSince())) {
            return state;
        }
        ListingState.Builder next = state.toBuilder().sourceUrl(url).sourceUrlSince(at);
        if (state.sourceUrl() != null) {
            List<String> previous = new ArrayList<>(state.previousUrls());
            previous.remove(state.sourceUrl());
            previous.add(state.sourceUrl());
            previous.remove(url);
            next.previousUrls(previous).movedAt(FreshnessRules.latest(state.movedAt(), at));
        }
        return next.build();
    }

    /**
     * True when {@code candidate} is a later extraction than {@code current}. Two extractions of one
     * fetch are the page read again once a document it links arrived, which only adds the document's
     * values: the one with more fields is the later; then the content hash breaks the tie, so the
     * order records arrive in never matters.
     */
    static boolean isNewer(ProgramListing candidate, ProgramListing current) {
        int byTime = compare(candidate.fetchedAt(), current.fetchedAt());
        if (byTime != 0) {
            return byTime > 0;
        }
        int byFields = Integer.compare(KeyFields.fieldCount(candidate), KeyFields.fieldCount(current));
        if (byFields != 0) {
            return byFields > 0;
        }
        return String.valueOf(candidate.contentHash()).compareTo(String.valueOf(current.contentHash())) > 0;
    }

    private static int compare(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
