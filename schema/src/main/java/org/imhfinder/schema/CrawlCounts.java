package org.imhfinder.schema;

/** What a crawl run has done so far, by outcome. */
public record CrawlCounts(
        long discovered,
        long fetched,
        long notModified,
        long moved,
        long gone,
        long errors,
        long skippedByRobots,
        long outOfScope,
        long skippedByType) {

    public static final CrawlCounts ZERO = new CrawlCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The counts of two runs (or two parts of one) together. */
    public CrawlCounts plus(CrawlCounts o) {
        return new CrawlCounts(discovered + o.discovered, fetched + o.fetched, notModified + o.notModified,
                moved + o.moved, gone + o.gone, errors + o.errors, skippedByRobots + o.skippedByRobots,
                outOfScope + o.outOfScope, skippedByType + o.skippedByType);
    }

    /** Every page event the run published (one per fetch of an in-scope URL). */
    public long published() {
        return fetched + notModified + moved + gone + errors;
    }
}
