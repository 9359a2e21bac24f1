package org.imhfinder.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.ingest.fetch.FetchResponse;
import org.imhfinder.ingest.fetch.HttpFetcher;

/**
 * Each host's robots.txt rules (RFC 9309, parsed by crawler-commons for our product token),
 * kept until they expire: {@code ttl} for a robots.txt that answered, a short while for one
 * that could not be fetched (RFC 9309 §2.3.1.4: a server error means "disallow everything" for
 * now, so it is asked again soon). A robots.txt the crawler refused to read (its redirect left the
 * source's hosts, or its address is not public) is unreachable too: a site's rules that cannot be
 * read are not taken as permission. Least recently used hosts are forgotten beyond {@code maxHosts}.
 */
public final class RobotsCache {
    static final Duration UNREACHABLE_TTL = Duration.ofMinutes(10);

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

    public RobotsCache(Duration ttl, Clock clock, int maxHosts) {
        this.ttl = ttl;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxHosts;
            }
        };
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
    }

    /** {@code unreachable}: why the robots.txt could not be read, when it could not (nothing is allowed then). */
    private record Entry(BaseRobotRules rules, Instant expires, String unreachable) {
    }

    /** The host's rules if known and fresh, else null: the host's robots.txt must be fetched first. */
    public synchronized BaseRobotRules fresh(String authority) {
        Entry entry = entries.get(authority);
        return entry == null || !clock.instant().isBefore(entry.expires()) ? null : entry.rules();
    }

    public synchronized boolean needsFetch(String authority) {
        return fresh(authority) == null;
    }

    /** Why the host's robots.txt was unreachable (so nothing is allowed for now), or null when it was read or absent. */
    public synchronized String unreachableBecause(String authority) {
        Entry entry = entries.get(authority);
        return entry == null ? null : entry.unreachable();
    }

    /** Parses the answer to {@code GET /robots.txt} (after redirects) and keeps the rules. */
    public BaseRobotRules store(String authority, URI robotsUrl, FetchResponse response) {
        BaseRobotRules rules;
        Duration keep = ttl;
        String unreachable = null;
        if (response.ok()) {
            rules = parser.parseContent(robotsUrl.toString(), response.body(), response.header("content-type"),
                    List.of(HttpFetcher.ROBOTS_AGENT));
        } else if (response.failure() == FetchResponse.Failure.NONE && response.status() >= 400 && response.status() < 500
                && response.status() != 429) {
            rules = parser.failedFetch(response.status()); // "unavailable": everything allowed
        } else {
            rules = parser.failedFetch(503); // "unreachable": nothing allowed for now
            keep = UNREACHABLE_TTL.compareTo(ttl) < 0 ? UNREACHABLE_TTL : ttl;
            unreachable = response.failure() == FetchResponse.Failure.NONE ? "HTTP " + response.status() : response.error();
        }
        synchronized (this) {
            entries.put(authority, new Entry(rules, clock.instant().plus(keep), unreachable));
        }
        return rules;
    }

    /** The robots.txt URL of the host of {@code url}. */
    public static URI robotsUrl(URI url) {
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/robots.txt");
    }

    /** The crawl delay the rules ask for, or zero. */
    public static Duration crawlDelay(BaseRobotRules rules) {
        long delay = rules == null ? BaseRobotRules.UNSET_CRAWL_DELAY : rules.getCrawlDelay();
        return delay <= 0 ? Duration.ZERO : Duration.ofMillis(delay);
    }
}
