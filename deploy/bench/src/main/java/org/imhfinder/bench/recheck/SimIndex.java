package org.imhfinder.bench.recheck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.RecheckHint;
import org.imhfinder.schema.ReviewReason;

/**
 * What the simulated index shows of each listing, and what the indexer would tell the crawler: a
 * check's result reaches the index {@code latency} after the check (normalize and the indexer at
 * work); a changed listing is flagged CONTENT_CHANGED until a curator confirms it,
 * {@code curatorDelay} later (a confirmation, like a check that answered, restarts its aging
 * clock). Every change of a listing's indexed state is handed to {@code hints} as the hint the
 * indexer would write.
 */
final class SimIndex {
    private final List<SimPage> pages;
    private final long latency;
    private final long curatorDelay;
    private final long agingAfter;
    private final Consumer<RecheckHint> hints;
    final int[] version;
    final long[] confirmedAt;
    private final long[] fetchedAt;
    private final boolean[] flagged;
    private final PriorityQueue<long[]> pending = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));

    SimIndex(List<SimPage> pages, Duration latency, Duration curatorDelay, Duration agingAfter, Consumer<RecheckHint> hints) {
        this.pages = pages;
        this.latency = latency.toMillis();
        this.curatorDelay = curatorDelay.toMillis();
        this.agingAfter = agingAfter.toMillis();
        this.hints = hints;
        this.version = new int[pages.size()];
        this.confirmedAt = new long[pages.size()];
        this.fetchedAt = new long[pages.size()];
        this.flagged = new boolean[pages.size()];
    }

    /** The first crawl, before the simulation starts: every page indexed as it is at {@code at}. */
    void crawledAt(SimPage page, long at) {
        version[page.id] = page.versionAt(at);
        confirmedAt[page.id] = at;
        fetchedAt[page.id] = at;
        publish(page, at);
    }

    /** A check at {@code at} saw the page at {@code seen}; the index has it {@code latency} later. */
    void checked(SimPage page, long at, int seen) {
        pending.add(new long[] {at + latency, page.id, seen, at, 0});
    }

    /** Applies what reached the index by {@code now}, in order. */
    void advanceTo(long now) {
        while (!pending.isEmpty() && pending.peek()[0] <= now) {
            long[] update = pending.poll();
            SimPage page = pages.get((int) update[1]);
            if (update[4] == 1) {
                confirm(page, update[0]);
            } else {
                apply(page, (int) update[2], update[3], update[0]);
            }
        }
    }

    private void apply(SimPage page, int seen, long checkedAt, long now) {
        int id = page.id;
        confirmedAt[id] = Math.max(confirmedAt[id], checkedAt);
        if (seen != version[id]) {
            version[id] = seen;
            fetchedAt[id] = checkedAt;
            if (!flagged[id]) {
                flagged[id] = true;
                pending.add(new long[] {now + curatorDelay, id, 0, 0, 1});
            }
        }
        publish(page, now);
    }

    private void confirm(SimPage page, long now) {
        flagged[page.id] = false;
        confirmedAt[page.id] = Math.max(confirmedAt[page.id], now);
        publish(page, now);
    }

    private void publish(SimPage page, long now) {
        if (!page.listing()) {
            return;
        }
        int id = page.id;
        List<ReviewReason> reasons = new ArrayList<>();
        if (flagged[id]) {
            reasons.add(ReviewReason.CONTENT_CHANGED);
        }
        long aging = confirmedAt[id] + agingAfter;
        FreshnessStatus status = now < aging ? FreshnessStatus.FRESH : FreshnessStatus.AGING;
        hints.accept(new RecheckHint(RecheckHint.SCHEMA_VERSION, "program-" + id, page.sourceId, page.url, status, reasons,
                page.deadline(version[id]), Instant.ofEpochMilli(confirmedAt[id]), Instant.ofEpochMilli(aging),
                Instant.ofEpochMilli(fetchedAt[id]), Instant.ofEpochMilli(now)));
    }
}
