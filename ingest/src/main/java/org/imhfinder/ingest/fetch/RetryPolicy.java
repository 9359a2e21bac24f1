package org.imhfinder.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one place that decides whether a failed fetch may succeed if tried again (timeouts,
 * refused or reset connections, 5xx except 501, 408 and 429) or never will (refused addresses,
 * other 4xx), and how long to wait: the backoff doubles with each attempt, and a server's
 * {@code Retry-After} wins when it asks for longer (up to ten minutes).
 */
public final class RetryPolicy {
    static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private final int retries;
    private final Duration backoff;

    public RetryPolicy(int retries, Duration backoff) {
        this.retries = retries;
        this.backoff = backoff;
    }

    public static boolean isRetriable(FetchResponse response) {
        return switch (response.failure()) {
            case TIMEOUT, IO -> true;
            case REFUSED, SKIPPED_TYPE -> false;
            case NONE -> response.status() == 408 || response.status() == 429
                    || response.status() >= 500 && response.status() != 501;
        };
    }

    /** True when a fetch that failed on attempt {@code attempt} (1 = the first) should be tried again. */
    public boolean shouldRetry(FetchResponse response, int attempt) {
        return attempt <= retries && isRetriable(response);
    }

    /** How long to wait before attempt {@code attempt + 1}. */
    public Duration waitBefore(int attempt, FetchResponse response, Instant now) {
        Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 10));
        Duration asked = retryAfter(response.header("retry-after"), now);
        if (asked.compareTo(wait) > 0) {
            wait = asked;
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException e) {
                return Duration.ZERO;
            }
        }
    }
}
