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

    /** Every page event the run published (one per fetch of an in-scope URL). */
    public long published() {
        return fetched + notModified + moved + gone + errors;
    }
}
