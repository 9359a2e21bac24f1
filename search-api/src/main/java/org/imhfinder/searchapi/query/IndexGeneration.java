package org.imhfinder.searchapi.query;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Which refresh of the programs index searches see now, known cheaply: the index's own count of
 * refreshes that made changes visible (with the index's name, so a rebuild behind the alias counts
 * too), asked at most once per {@code IMH_API_SEARCH_CACHE_CHECK}. A cached answer is therefore at
 * most that much older than the refresh that changed it; the indexer refreshes with every batch it
 * commits and every curator decision it applies, so nothing it writes goes unseen. Only one thread asks
 * at a time; the others go on with the last known generation. When the index cannot say (no index,
 * Elasticsearch failing), each call is a generation of its own: nothing is answered from the cache.
 */
public final class IndexGeneration {
    private final ProgramsIndex index;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final ReentrantLock asking = new ReentrantLock();
    private volatile Object known = new Object();
    private volatile long checkedAt;
    private volatile boolean checked;

    public IndexGeneration(ProgramsIndex index, Duration window, LongSupplier nanoTime) {
        this.index = index;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The generation searches see now, as known within the window. */
    public Object current() {
        if (checked && nanoTime.getAsLong() - checkedAt < windowNanos || !asking.tryLock()) {
            return known;
        }
        try {
            long now = nanoTime.getAsLong();
            Object fresh = read();
            known = fresh;
            checkedAt = now;
            checked = !(fresh instanceof Unknown);
            return fresh;
        } finally {
            asking.unlock();
        }
    }

    /** The next search asks the index again (after a write through the API). */
    public void recheck() {
        checked = false;
    }

    private Object read() {
        try {
            return index.refreshGeneration().<Object>map(g -> g).orElseGet(Unknown::new);
        } catch (IOException | RuntimeException e) {
            return new Unknown();
        }
    }

    /** A generation equal to no other. */
    private static final class Unknown {
    }
}
