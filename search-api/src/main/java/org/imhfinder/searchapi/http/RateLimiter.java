package org.imhfinder.searchapi.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} tokens at once, refilled at {@code perMinute}; a request
 * takes one token, a costlier one more ({@link ApiGate#cost}). The
 * table of clients is bounded: past {@link #MAX_CLIENTS} it forgets the clients whose bucket has
 * refilled (they lose nothing by being forgotten).
 */
public final class RateLimiter {
    static final int MAX_CLIENTS = 50_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final int burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, int burst, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.burst = Math.max(1, burst);
        this.nanoTime = nanoTime;
    }

    /** True when limiting is switched off ({@code perMinute} 0). */
    public boolean disabled() {
        return perMinute == 0;
    }

    /** Takes one request from the client's bucket: 0 when allowed, else the seconds to wait. */
    public long acquire(String client) {
        return acquire(client, 1);
    }

    /**
     * Takes a request costing {@code cost} tokens (at least 1, at most the burst, so any request can
     * pass once the bucket is full): 0 when allowed, else the seconds to wait.
     */
    public long acquire(String client, int cost) {
        int tokens = Math.max(1, Math.min(cost, burst));
        if (disabled()) {
            return 0;
        }
        if (buckets.size() >= MAX_CLIENTS) {
            forgetIdle();
        }
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, perMinute, burst);
            if (bucket.tokens >= tokens) {
                bucket.tokens -= tokens;
                return 0;
            }
            double missing = tokens - bucket.tokens;
            return Math.max(1, (long) Math.ceil(missing * 60.0 / perMinute));
        }
    }

    private void forgetIdle() {
        long now = nanoTime.getAsLong();
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, perMinute, burst);
                return e.getValue().tokens >= burst;
            }
        });
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        void refill(long now, int perMinute, int burst) {
            long elapsed = Math.max(0, now - updated);
            tokens = Math.min(burst, tokens + (double) elapsed * perMinute / NANOS_PER_MINUTE);
            updated = now;
        }
    }
}
