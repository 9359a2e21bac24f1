package org.imhfinder.schema;

/**
 * What a crawl run has done so far, by outcome. {@code deferred} (added within v1; absent reads as
 * 0) counts known pages a scheduled run did not ask for: not due yet by their re-check schedule,
 * or their host's daily request budget spent.
 */
public record CrawlCounts(
        long discovered,
        long fetched,
        long notModified,
        long moved,
        long gone,
        long errors,
        long skippedByRobots,
        long outOfScope,
        long skippedByType,
        long deferred) {

    public static final CrawlCounts ZERO = new CrawlCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Counts with nothing deferred, as the first v1 records had them. */
    public CrawlCounts(long discovered, long fetched, long notModified, long moved, long gone, long errors,
                       long skippedByRobots, long outOfScope, long skippedByType) {
        this(discovered, fetched, notModified, moved, gone, errors, skippedByRobots, outOfScope, skippedByType, 0);
    }

    /** The counts of two runs (or two parts of one) together. */
    public CrawlCounts plus(CrawlCounts o) {
        return new CrawlCounts(discovered + o.discovered, fetched + o.fetched, notModified + o.notModified,
                moved + o.moved, gone + o.gone, errors + o.errors, skippedByRobots + o.skippedByRobots,
                outOfScope + o.outOfScope, skippedByType + o.skippedByType, deferred + o.deferred);
    }

    /** Every page event the run published (one per fetch of an in-scope URL). */
    public long published() {
        return fetched + notModified + moved + gone + errors;
    }
}
