package org.imhfinder.bench.recheck;

import org.imhfinder.schema.RecheckHint;

/** A way of choosing which pages to check when: the crawler's schedule, or a uniform one to compare it with. */
interface Strategy {
    /** The policy's name in the table. */
    String name();

    /** The first crawl, at {@code t0}: every page fetched once, before the simulated span (not counted). */
    void start(long t0, SimIndex index);

    /** Checks what the strategy checks at {@code now} (within one look), telling {@code index} what each check saw. */
    void tick(long now, SimIndex index);

    /** What the indexer would tell the crawler about a listing (ignored by a strategy that does not listen). */
    default void hint(RecheckHint hint) {
    }

    /** What the strategy's checks came to. */
    Requests requests();
}
