package org.imhfinder.ingest.frontier;

import java.net.URI;
import org.imhfinder.sources.SourceDefinition;

/**
 * One request the crawler owes a host. {@code url} is the canonical URL the task is about (the
 * key of its page event); {@code fetchUrl} is where to send the request, which differs only
 * while following a temporary redirect. {@code attempt} counts tries (1 = first), {@code hops}
 * temporary redirects followed so far.
 */
public record CrawlTask(Kind kind, String crawlId, String sourceId, URI url, URI fetchUrl, int depth,
                        String referrer, int attempt, int hops) {

    /** What the request is for. */
    public enum Kind {
        /** The host's robots.txt, needed before anything else is asked of it. */
        ROBOTS,
        /** Find the host's sitemaps (robots.txt's Sitemap lines, else /sitemap.xml); makes no request itself. */
        SITEMAP_DISCOVERY,
        /** One sitemap or sitemap index. */
        SITEMAP,
        /** A page or document of the source; its outcome is a page event. */
        PAGE
    }

    public static CrawlTask page(String crawlId, String sourceId, URI url, int depth, String referrer) {
        return new CrawlTask(Kind.PAGE, crawlId, sourceId, url, url, depth, referrer, 1, 0);
    }

    public static CrawlTask of(Kind kind, String crawlId, String sourceId, URI url) {
        return new CrawlTask(kind, crawlId, sourceId, url, url, 0, null, 1, 0);
    }

    /** The host this task's request goes to, as {@code host[:port]}: the unit of politeness. */
    public String host() {
        return SourceDefinition.authorityOf(fetchUrl);
    }

    public CrawlTask nextAttempt() {
        return new CrawlTask(kind, crawlId, sourceId, url, fetchUrl, depth, referrer, attempt + 1, hops);
    }

    /** The same task, continued at a temporary redirect's target. */
    public CrawlTask redirectedTo(URI target) {
        return new CrawlTask(kind, crawlId, sourceId, url, target, depth, referrer, 1, hops + 1);
    }

    /** Whether this task makes a request of its own (discovery only plans others). */
    public boolean requests() {
        return kind != Kind.SITEMAP_DISCOVERY;
    }
}
