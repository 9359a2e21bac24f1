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

    @Test
    void aCostlyRequestTakesMoreOfTheBucketAndNeverMoreThanTheBurst() {
        RateLimiter limiter = new RateLimiter(60, 10, now::get);

        assertThat(limiter.acquire("long", 5)).isZero();
        assertThat(limiter.acquire("long", 5)).isZero();
        assertThat(limiter.acquire("long", 5)).isEqualTo(5);
        assertThat(limiter.acquire("short")).isZero(); // another client's bucket is its own

        now.addAndGet(10_000_000_000L);
        assertThat(limiter.acquire("long", 500)).isZero(); // capped at the burst: a full bucket always admits
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} costs {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", value = {
            "-                                      | 1",
            "size=10                                | 1",
            "q=CPP                                  | 1",
            "q=infant+mental+health+endorsement+Ohio | 2",
            "region=MI&q=a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r+s+t | 5",
            "q=%ZZbroken                            | 1"})
    void aSearchCostsOneTokenAndOneMorePerFiveWords(String query, int cost) {
        assertThat(ApiGate.cost(query)).isEqualTo(cost);
    }
}
