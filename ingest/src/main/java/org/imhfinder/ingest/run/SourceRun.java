package org.imhfinder.ingest.run;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.imhfinder.ingest.url.CrawlScope;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.sources.SourceDefinition;

/**
 * One source's part of a crawl run: its scope, the URLs it has admitted (at most
 * {@code maxPages}: the memory a run holds is bounded by its budget, never by the site's size),
 * the hosts whose sitemaps it has asked for, and its counts.
 */
public final class SourceRun {
    /** What became of a URL offered to the run. */
    public enum Admission { ADMITTED, DUPLICATE, OUT_OF_SCOPE, OVER_BUDGET }

    static final int MAX_SITEMAPS_PER_HOST = 50;

    private final CrawlScope scope;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> sitemapHosts = new HashSet<>();
    private final Set<String> sitemaps = new HashSet<>();
    final LongAdder discovered = new LongAdder();
    final LongAdder fetched = new LongAdder();
    final LongAdder notModified = new LongAdder();
    final LongAdder moved = new LongAdder();
    final LongAdder gone = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder skippedByRobots = new LongAdder();
    final LongAdder outOfScope = new LongAdder();
    final LongAdder skippedByType = new LongAdder();
    final LongAdder deferred = new LongAdder();

    SourceRun(SourceDefinition source) {
        this.scope = new CrawlScope(source);
    }

    public CrawlScope scope() {
        return scope;
    }

    public String sourceId() {
        return scope.source().id();
    }

    /** Admits a page URL once, if in scope and within the budget; counts what it refuses. */
    public synchronized Admission admit(URI url, int depth, boolean seed) {
        if (scope.check(url, depth, seed) != CrawlScope.Verdict.IN) {
            outOfScope.increment();
            return Admission.OUT_OF_SCOPE;
        }
        String key = url.toString();
        if (seen.contains(key)) {
            return Admission.DUPLICATE;
        }
        if (seen.size() >= scope.maxPages()) {
            return Admission.OVER_BUDGET;
        }
        seen.add(key);
        discovered.increment();
        return Admission.ADMITTED;
    }

    /**
     * Takes back what a queued task had taken of the run before a restart (the frontier's
     * journal): a page's place in the budget, a host's sitemap discovery, a sitemap.
     */
    public synchronized void restoreQueued(String kind, URI url) {
        switch (kind) {
            case "PAGE" -> {
                if (seen.add(url.toString())) {
                    discovered.increment();
                }
            }
            case "SITEMAP_DISCOVERY" -> sitemapHosts.add(SourceDefinition.authorityOf(url));
            case "SITEMAP" -> sitemaps.add(url.toString());
            default -> {
            }
        }
    }

    /** True the first time the run touches a host: its sitemaps are then looked for. */
    public synchronized boolean firstVisitOf(String host) {
        return sitemapHosts.add(host);
    }

    /** True when this sitemap is new to the run and the host's sitemap allowance is not spent. */
    public synchronized boolean admitSitemap(URI sitemap) {
        return sitemaps.size() < MAX_SITEMAPS_PER_HOST * Math.max(1, sitemapHosts.size())
                && sitemaps.add(sitemap.toString());
    }

    public synchronized boolean budgetSpent() {
        return seen.size() >= scope.maxPages();
    }

    public void count(Outcome outcome) {
        switch (outcome) {
            case FETCHED -> fetched.increment();
            case NOT_MODIFIED -> notModified.increment();
            case MOVED -> moved.increment();
            case GONE -> gone.increment();
            case ERROR -> errors.increment();
            case ROBOTS_DENIED -> skippedByRobots.increment();
            case OUT_OF_SCOPE -> outOfScope.increment();
            case SKIPPED_TYPE -> skippedByType.increment();
            case DEFERRED -> deferred.increment();
        }
    }

    /** What a task ended in, for the counts; {@code DEFERRED}: a known page not asked for (not due, or its host's budget spent). */
    public enum Outcome { FETCHED, NOT_MODIFIED, MOVED, GONE, ERROR, ROBOTS_DENIED, OUT_OF_SCOPE, SKIPPED_TYPE, DEFERRED }

    /**
     * Raises each count to at least what an earlier process had published for this source: a run
     * taken up after a restart goes on from its last published counts, never from zero. Counts only
     * grow, so the larger of the published and the replayed value is the nearer to the truth.
     */
    public synchronized void carryOver(CrawlCounts earlier) {
        raise(discovered, earlier.discovered());
        raise(fetched, earlier.fetched());
        raise(notModified, earlier.notModified());
        raise(moved, earlier.moved());
        raise(gone, earlier.gone());
        raise(errors, earlier.errors());
        raise(skippedByRobots, earlier.skippedByRobots());
        raise(outOfScope, earlier.outOfScope());
        raise(skippedByType, earlier.skippedByType());
        raise(deferred, earlier.deferred());
    }

    private static void raise(LongAdder counter, long atLeast) {
        long missing = atLeast - counter.sum();
        if (missing > 0) {
            counter.add(missing);
        }
    }

    public CrawlCounts counts() {
        return new CrawlCounts(discovered.sum(), fetched.sum(), notModified.sum(), moved.sum(), gone.sum(),
                errors.sum(), skippedByRobots.sum(), outOfScope.sum(), skippedByType.sum(), deferred.sum());
    }
}
