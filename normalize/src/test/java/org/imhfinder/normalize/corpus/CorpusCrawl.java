package org.imhfinder.normalize.corpus;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.sources.SourceDefinition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Crawls a demo site in memory the way ingest does (breadth first from the seeds, within the
 * site, following links and meta refreshes), serving files the way the local web server does
 * (a query-named file, NAME.html, NAME/index.html), and makes the page events ingest would
 * publish: OK with the HTML text or the PDF bytes and the referrer, GONE for missing files.
 */
final class CorpusCrawl {
    private static final Instant FETCHED = Instant.parse("2026-05-01T08:00:00Z");

    private CorpusCrawl() {
    }

    /** A site's file by site-relative path, as a web server would serve it. */
    interface SiteFiles {
        Optional<byte[]> file(String site, String relative);
    }

    static List<PageEvent> crawl(SourceDefinition source, String site, String crawlId) {
        return crawl(source, site, crawlId, CorpusSites::file);
    }

    static List<PageEvent> crawl(SourceDefinition source, String site, String crawlId, SiteFiles files) {
        List<PageEvent> events = new ArrayList<>();
        Deque<String[]> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        String host = URI.create(CorpusSites.baseUrl(site)).getHost();
        source.seeds().forEach(seed -> enqueue(queue, seen, seed.toString(), null, host));
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            PageEvent event = fetch(source, site, crawlId, next[0], next[1], files);
            events.add(event);
            if (event.status() == PageStatus.OK && event.body() != null) {
                links(event).forEach(link -> enqueue(queue, seen, link, event.url(), host));
            }
        }
        return events;
    }

    /** The site-relative path and query of a corpus URL ("/page-18104", "/index.php?option=..."). */
    static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static PageEvent fetch(SourceDefinition source, String site, String crawlId, String url, String referrer,
                                   SiteFiles files) {
        URI uri = URI.create(url);
        String relative = URLDecoder.decode(uri.getRawPath().substring(1), StandardCharsets.UTF_8);
        String query = uri.getRawQuery() == null ? null : URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8);
        for (String candidate : candidates(relative, query)) {
            Optional<byte[]> bytes = files.file(site, candidate);
            if (bytes.isPresent()) {
                boolean pdf = candidate.toLowerCase(Locale.ROOT).endsWith(".pdf");
                return new PageEvent(PageEvent.SCHEMA_VERSION, source.id(), crawlId, url, url, PageStatus.OK, 200,
                        Map.of(), pdf ? "application/pdf" : "text/html; charset=utf-8", pdf ? null : "UTF-8",
                        pdf ? null : new String(bytes.get(), StandardCharsets.UTF_8), pdf ? bytes.get() : null,
                        referrer, 0, FETCHED, null);
            }
        }
        return new PageEvent(PageEvent.SCHEMA_VERSION, source.id(), crawlId, url, url, PageStatus.GONE, 404, Map.of(),
                null, null, null, null, referrer, 0, FETCHED, null);
    }

    private static List<String> candidates(String relative, String query) {
        List<String> out = new ArrayList<>();
        if (query != null) {
            out.add(relative + "@" + query);
        }
        if (relative.isEmpty() || relative.endsWith("/")) {
            out.add(relative + "index.html");
        } else {
            out.add(relative);
            out.add(relative + ".html");
            out.add(relative + "/index.html");
        }
        return out;
    }

    private static List<String> links(PageEvent event) {
        Document document = Jsoup.parse(event.body(), event.url());
        List<String> links = new ArrayList<>();
        for (Element a : document.select("a[href]")) {
            links.add(a.absUrl("href"));
        }
        for (Element refresh : document.select("meta[http-equiv=refresh]")) {
            String content = refresh.attr("content");
            int at = content.toLowerCase(Locale.ROOT).indexOf("url=");
            if (at >= 0) {
                links.add(URI.create(event.url()).resolve(content.substring(at + 4).trim()).toString());
            }
        }
        return links;
    }

    private static void enqueue(Deque<String[]> queue, Set<String> seen, String url, String referrer, String host) {
        if (url.isEmpty()) {
            return;
        }
        String clean = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        try {
            URI uri = URI.create(clean.replace(" ", "%20"));
            if (host.equalsIgnoreCase(uri.getHost()) && seen.add(uri.toString())) {
                queue.add(new String[] {uri.toString(), referrer});
            }
        } catch (IllegalArgumentException e) {
            // a malformed link is skipped, as the crawler does
        }
    }
}
