package org.imhfinder.ingest.fetch;

import java.time.Duration;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.Settings;

/** How long and how much one request may take, and how failed requests are retried. */
public record FetchLimits(
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        int maxBodyBytes,
        int maxSitemapBytes,
        int retries,
        Duration retryBackoff) {

    /** RFC 9309: crawlers parse at least the first 500 KiB of a robots.txt. */
    public static final int MAX_ROBOTS_BYTES = 512 * 1024;

    public static FetchLimits from(Settings settings) {
        FetchLimits limits = new FetchLimits(settings.get(ConfigKeys.CRAWL_CONNECT_TIMEOUT),
                settings.get(ConfigKeys.CRAWL_READ_TIMEOUT), settings.get(ConfigKeys.CRAWL_TOTAL_TIMEOUT),
                settings.get(ConfigKeys.CRAWL_MAX_BODY_BYTES), settings.get(ConfigKeys.CRAWL_MAX_SITEMAP_BYTES),
                settings.get(ConfigKeys.CRAWL_RETRIES), settings.get(ConfigKeys.CRAWL_RETRY_BACKOFF));
        limits.check();
        return limits;
    }

    void check() {
        if (connectTimeout.isZero() || readTimeout.isZero() || totalTimeout.isZero() || maxBodyBytes <= 0
                || maxSitemapBytes <= 0 || retries < 0 || retryBackoff.isNegative()) {
            throw new ConfigException("crawl limits must be positive (timeouts, body caps) and retries at least 0: " + this);
        }
    }
}
