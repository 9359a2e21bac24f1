package org.imhfinder.ingest.frontier;

/**
 * Where a crawl's frontier is written down as it changes, so that an ingest killed in the
 * middle of a crawl goes on where it stopped: every task a run queues, and every task it
 * finishes with the outcome it was counted as. Written before the work it records moves on (a
 * page's links are queued before the page is done), so a replay never loses a task; a task done
 * but not yet written down is done again.
 */
public interface FrontierJournal extends AutoCloseable {
    /** Writes nothing: runs are not resumed after a restart. */
    FrontierJournal NONE = new FrontierJournal() {
        @Override
        public void queued(CrawlTask task) {
        }

        @Override
        public void done(CrawlTask task, String outcome) {
        }
    };

    void queued(CrawlTask task);

    /** The task is finished for its run; {@code outcome} is what it was counted as (null: nothing). */
    void done(CrawlTask task, String outcome);

    @Override
    default void close() {
    }
}
