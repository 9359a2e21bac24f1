package org.imhfinder.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
    private static final URI URL = URI.create("https://example.org/");
    private final RetryPolicy policy = new RetryPolicy(2, Duration.ofSeconds(5));

    @ParameterizedTest(name = "HTTP {0}: retriable {1}")
    @CsvSource({"500, true", "502, true", "503, true", "504, true", "501, false", "429, true", "408, true",
            "404, false", "410, false", "403, false", "401, false", "400, false"})
    void serverErrorsAndThrottlingMayPassClientErrorsWillNot(int status, boolean retriable) {
        assertThat(RetryPolicy.isRetriable(answer(status, Map.of()))).isEqualTo(retriable);
    }

    @Test
    void timeoutsAndBrokenConnectionsMayPassRefusedAddressesWillNot() {
        assertThat(RetryPolicy.isRetriable(FetchResponse.failed(URL, FetchResponse.Failure.TIMEOUT, "t"))).isTrue();
        assertThat(RetryPolicy.isRetriable(FetchResponse.failed(URL, FetchResponse.Failure.IO, "reset"))).isTrue();
        assertThat(RetryPolicy.isRetriable(FetchResponse.failed(URL, FetchResponse.Failure.REFUSED, "private"))).isFalse();
    }

    @Test
    void retriesStopAfterTheConfiguredNumber() {
        assertThat(policy.shouldRetry(answer(503, Map.of()), 1)).isTrue();
        assertThat(policy.shouldRetry(answer(503, Map.of()), 2)).isTrue();
        assertThat(policy.shouldRetry(answer(503, Map.of()), 3)).isFalse();
    }

    @Test
    void theBackoffDoublesAndALongerRetryAfterWinsUpToTenMinutes() {
        Instant now = Instant.parse("2026-01-05T09:00:00Z");
        assertThat(policy.waitBefore(1, answer(503, Map.of()), now)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.waitBefore(2, answer(503, Map.of()), now)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.waitBefore(1, answer(429, Map.of("retry-after", "120")), now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.waitBefore(1, answer(503, Map.of("retry-after", "Mon, 05 Jan 2026 09:01:00 GMT")), now))
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.waitBefore(1, answer(503, Map.of("retry-after", "86400")), now)).isEqualTo(Duration.ofMinutes(10));
    }

    private static FetchResponse answer(int status, Map<String, String> headers) {
        return new FetchResponse(URL, status, headers, null, false, null, FetchResponse.Failure.NONE, null);
    }
}
