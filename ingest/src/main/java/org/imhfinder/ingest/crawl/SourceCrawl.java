package org.imhfinder.ingest.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.imhfinder.ingest.fetch.FetchResult;
import org.imhfinder.ingest.fetch.PageFetcher;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.sources.SourceDefinition;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl of one source: breadth-first from the seeds, within the source's hosts, depth and
 * page limits, one request at a time spaced by the crawl delay; every fetch becomes a page event.
 */
final class SourceCrawl {
    private static final Logger LOG = LoggerFactory.getLogger(SourceCrawl.class);
    private static final int DEFAULT_MAX_PAGES = 300;
    private static final int DEFAULT_MAX_DEPTH = 4;

    private final SourceDefinition source;
    private final PageFetcher fetcher;
    private final PagePublisher publisher;
    private final Duration delay;
    private final Clock clock;

    SourceCrawl(SourceDefinition source, PageFetcher fetcher, PagePublisher publisher, Duration delay, Clock clock) {
        this.source = source;
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.delay = delay;
        this.clock = clock;
    }

    /** Crawls the source; returns how many page events it published. */
    int run(String crawlId) throws InterruptedException {
        Deque<Queued> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        source.seeds().forEach(seed -> enqueue(queue, seen, seed, null, 0));
        int maxPages = source.maxPages() == null ? DEFAULT_MAX_PAGES : source.maxPages();
        int published = 0;
        while (!queue.isEmpty() && published < maxPages) {
            Queued next = queue.poll();
            if (published > 0 && !delay.isZero()) {
                Thread.sleep(delay.toMillis()); // politeness: one request at a time, spaced
            }
            FetchResult result = fetcher.fetch(next.url());
            PageEvent event = PageEvents.of(source.id(), crawlId, result, next.referrer(), next.depth(), clock.instant());
            publisher.publish(event);
            published++;
            follow(queue, seen, next, result, event);
        }
        LOG.info("crawl {} of {}: {} pages", crawlId, source.id(), published);
        return published;
    }

    private void follow(Deque<Queued> queue, Set<String> seen, Queued from, FetchResult result, PageEvent event) {
        if (event.status() == PageStatus.MOVED || (result.status() >= 300 && result.status() < 400 && result.location() != null)) {
            if (result.location() != null) {
                enqueue(queue, seen, result.location(), from.referrer(), from.depth());
            }
            return;
        }
        int maxDepth = source.maxDepth() == null ? DEFAULT_MAX_DEPTH : source.maxDepth();
        if (event.status() != PageStatus.OK || event.body() == null || from.depth() >= maxDepth
                || !PageEvents.isHtml(event.contentType())) {
            return;
        }
        Document document = PageEvents.parse(result, event.contentType());
        for (Element link : document.select("a[href]")) {
            String href = link.absUrl("href");
            if (!href.isEmpty()) {
                try {
                    enqueue(queue, seen, URI.create(href.replace(" ", "%20")), from.url().toString(), from.depth() + 1);
                } catch (IllegalArgumentException malformed) {
                    LOG.debug("skipping malformed link {} on {}", href, from.url());
                }
            }
        }
    }

    private void enqueue(Deque<Queued> queue, Set<String> seen, URI url, String referrer, int depth) {
        URI clean = withoutFragment(url);
        if (clean.getHost() != null && source.allowsHost(clean) && seen.add(clean.toString())) {
            queue.add(new Queued(clean, referrer, depth));
        }
    }

    private static URI withoutFragment(URI url) {
        try {
            return new URI(url.getScheme(), url.getRawAuthority() == null ? null : url.getAuthority(), url.getPath(),
                    url.getQuery(), null).normalize();
        } catch (java.net.URISyntaxException e) {
            return url;
        }
    }

    private record Queued(URI url, String referrer, int depth) {
    }
}
