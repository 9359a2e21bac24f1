package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(60, 3, now::get);

    @Test
    void aClientMayBurstThenWaitsForTheRefill() {
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);

        now.addAndGet(1_000_000_000L);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }

        assertThat(limiter.acquire("a")).isPositive();
        assertThat(limiter.acquire("b")).isZero();
    }

    @Test
    void zeroPerMinuteSwitchesLimitingOff() {
        RateLimiter off = new RateLimiter(0, 0, now::get);

        for (int i = 0; i < 1000; i++) {
            assertThat(off.acquire("a")).isZero();
        }
    }

    @Test
    void aSlowPaceTellsHowLongToWait() {
        RateLimiter slow = new RateLimiter(2, 1, now::get);
        slow.acquire("a");

        assertThat(slow.acquire("a")).isEqualTo(30);
    }
}
