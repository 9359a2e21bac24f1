package org.imhfinder.searchapi.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perMinute}. The
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
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missing = 1 - bucket.tokens;
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
