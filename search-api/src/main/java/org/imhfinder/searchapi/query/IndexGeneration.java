package org.imhfinder.searchapi.query;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Which refresh of the programs index searches see now, known cheaply: the index's own count of
 * refreshes that made changes visible (with the index's name, so a rebuild behind the alias counts
 * too), asked at most once per {@code IMH_API_SEARCH_CACHE_CHECK}. The indexer refreshes with every
 * batch it commits and every curator decision it applies, so nothing it writes goes unseen.
 *
 * <p>The first check is asked for at start ({@link #checkSoon}); only when none is known yet (and
 * after a write through the API, or after the index could not say) does a search make it itself; later ones run in the background while searches go on
 * with the last known generation, so no search waits on a round trip to Elasticsearch for it. A
 * cached answer is therefore at most the window plus one such round trip older than the refresh that
 * changed it. When the index cannot say (no index, Elasticsearch failing), each call is a generation
 * of its own: nothing is answered from the cache.
 */
public final class IndexGeneration {
    /** Reads the generation from the index; empty when there is no index. */
    @FunctionalInterface
    interface Reader {
        Optional<String> read() throws IOException;
    }

    private final Reader index;
    private final Executor background;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final AtomicBoolean asking = new AtomicBoolean();
    private volatile Object known = new Object();
    private volatile long checkedAt;
    private volatile boolean checked;

    /** {@code background} runs the checks after the first (a thread of their own: each waits on Elasticsearch). */
    public IndexGeneration(ProgramsIndex index, Executor background, Duration window, LongSupplier nanoTime) {
        this(index::refreshGeneration, background, window, nanoTime);
    }

    IndexGeneration(Reader index, Executor background, Duration window, LongSupplier nanoTime) {
        this.index = index;
        this.background = background;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The generation searches see now, as known within the window. */
    public Object current() {
        if (checked) {
            if (nanoTime.getAsLong() - checkedAt >= windowNanos && asking.compareAndSet(false, true)) {
                checkInBackground();
            }
            return known;
        }
        if (!asking.compareAndSet(false, true)) {
            return known; // another search is asking: go on with the last known
        }
        try {
            return check();
        } finally {
            asking.set(false);
        }
    }

    /** Asks the index in the background now (at start), so the first search finds the generation known. */
    public void checkSoon() {
        if (asking.compareAndSet(false, true)) {
            checkInBackground();
        }
    }

    /** The next search asks the index again (after a write through the API). */
    public void recheck() {
        checked = false;
    }

    private void checkInBackground() {
        try {
            background.execute(() -> {
                try {
                    check();
                } finally {
                    asking.set(false);
                }
            });
        } catch (RejectedExecutionException stopping) {
            asking.set(false);
        }
    }

    private Object check() {
        long now = nanoTime.getAsLong();
        Object fresh = read();
        known = fresh;
        checkedAt = now;
        checked = !(fresh instanceof Unknown);
        return fresh;
    }

    private Object read() {
        try {
            return index.read().<Object>map(g -> g).orElseGet(Unknown::new);
        } catch (IOException | RuntimeException e) {
            return new Unknown();
        }
    }

    /** A generation equal to no other. */
    private static final class Unknown {
    }
}
