package org.imhfinder.cli.mutation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.ingest.url.UrlNormalizer;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A crawler for the in-memory variant of the mutation test, doing what ingest does to the pages of
 * one site, without Kafka: breadth-first from the seed over the site's own links (canonical URLs,
 * tracking parameters dropped, each URL once a run), conditional GETs with the last ETag (a 304
 * follows the links remembered from the last 200), a permanent redirect reported as MOVED and its
 * target crawled, 404 and 410 as GONE, PDFs as bytes with the page linking them as referrer.
 */
final class WebCrawl {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final UrlNormalizer urls = new UrlNormalizer();
    private final Map<String, String> etags = new HashMap<>();
    private final Map<String, List<String>> links = new HashMap<>();
    private Instant last = Instant.EPOCH;

    private record Task(String url, String referrer, int depth) {
    }

    /** The page events of one crawl of the site at {@code seed}, in the order they were fetched. */
    List<PageEvent> crawl(String sourceId, String seed, String crawlId) {
        String host = URI.create(seed).getAuthority();
        Deque<Task> queue = new ArrayDeque<>(List.of(new Task(canonical(seed), null, 0)));
        Set<String> seen = new LinkedHashSet<>(List.of(canonical(seed)));
        List<PageEvent> events = new ArrayList<>();
        while (!queue.isEmpty()) {
            Task task = queue.poll();
            PageEvent event = fetch(sourceId, crawlId, task);
            events.add(event);
            for (String link : next(event)) {
                String url = canonical(link);
                if (url != null && host.equals(URI.create(url).getAuthority()) && seen.add(url)) {
                    queue.add(new Task(url, event.url(), task.depth() + 1));
                }
            }
        }
        return events;
    }

    private PageEvent fetch(String sourceId, String crawlId, Task task) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(task.url())).GET();
        if (etags.containsKey(task.url())) {
            request.header("If-None-Match", etags.get(task.url()));
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String type = response.headers().firstValue("content-type").orElse("text/html");
        int status = response.statusCode();
        Instant at = tick();
        if (status == 200) {
            response.headers().firstValue("etag").ifPresent(etag -> etags.put(task.url(), etag));
            boolean pdf = type.startsWith("application/pdf");
            String body = pdf ? null : new String(response.body(), StandardCharsets.UTF_8);
            links.put(task.url(), pdf ? List.of() : links(task.url(), body));
            return event(sourceId, crawlId, task, null, PageStatus.OK, 200, type, body, pdf ? response.body() : null, at);
        }
        if (status == 304) {
            return event(sourceId, crawlId, task, null, PageStatus.NOT_MODIFIED, 304, null, null, null, at);
        }
        etags.remove(task.url());
        links.remove(task.url());
        if (status == 301 || status == 308) {
            String target = canonical(URI.create(task.url()).resolve(response.headers().firstValue("location").orElseThrow()).toString());
            links.put(task.url(), List.of(target));
            return event(sourceId, crawlId, task, target, PageStatus.MOVED, status, null, null, null, at);
        }
        PageStatus outcome = status == 404 || status == 410 ? PageStatus.GONE : PageStatus.ERROR;
        return event(sourceId, crawlId, task, null, outcome, status, null, null, null, at);
    }

    /** The links to follow from a fetched page: its own (or, unchanged, those remembered), or a redirect's target. */
    private List<String> next(PageEvent event) {
        return switch (event.status()) {
            case OK, NOT_MODIFIED, MOVED -> links.getOrDefault(event.url(), List.of());
            default -> List.of();
        };
    }

    private static List<String> links(String url, String html) {
        List<String> found = new ArrayList<>();
        for (Element link : Jsoup.parse(html, url).select("a[href]")) {
            String target = link.absUrl("href");
            if (target.startsWith("http")) {
                found.add(target);
            }
        }
        return found;
    }

    private static PageEvent event(String sourceId, String crawlId, Task task, String finalUrl, PageStatus status, int http,
                                   String type, String body, byte[] bytes, Instant at) {
        return new PageEvent(PageEvent.SCHEMA_VERSION, sourceId, crawlId, task.url(), finalUrl, status, http, Map.of(), type,
                body == null ? null : "UTF-8", body, bytes, task.referrer(), task.depth(), at, null);
    }

    private String canonical(String url) {
        return urls.normalize(url).map(URI::toString).orElse(null);
    }

    /** Fetch times strictly increase, as the indexer orders facts by them. */
    private Instant tick() {
        Instant now = Instant.now();
        last = now.isAfter(last) ? now : last.plusMillis(1);
        return last;
    }
}
