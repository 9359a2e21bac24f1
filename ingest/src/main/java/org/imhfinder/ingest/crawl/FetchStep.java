package org.imhfinder.ingest.crawl;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.ingest.fetch.Charsets;
import org.imhfinder.ingest.fetch.ContentKinds;
import org.imhfinder.ingest.fetch.ControlCharacters;
import org.imhfinder.ingest.fetch.FetchLimits;
import org.imhfinder.ingest.fetch.FetchResponse;
import org.imhfinder.ingest.fetch.HttpFetcher;
import org.imhfinder.ingest.fetch.RetryPolicy;
import org.imhfinder.ingest.frontier.CrawlTask;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.recheck.CheckGate;
import org.imhfinder.ingest.robots.RobotsCache;
import org.imhfinder.ingest.run.SourceRun;
import org.imhfinder.ingest.sitemap.SitemapReader;
import org.imhfinder.ingest.url.CrawlScope;
import org.imhfinder.ingest.url.UrlNormalizer;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Carries out one task: robots.txt, sitemap discovery, a sitemap, or a page. For a page: robots
 * rules and the link's type first (no request when they say no), then a conditional GET, then
 * the answer classified: OK (HTML decoded, control characters taken out, links collected; PDF kept
 * as bytes, or an ERROR when its event could not fit one record), NOT_MODIFIED,
 * MOVED (301/308), GONE (404/410), a temporary redirect followed as the same page, a retry
 * planned for what may pass, or ERROR. robots.txt and sitemaps follow their redirects, each hop
 * held to the scope of the task's source (its allowed hosts) and to the address policy, as pages
 * are. Before a page or sitemap is asked for, the {@link CheckGate} says whether it is due and its
 * host's budget allows it (a page it defers is DEFERRED: no request; a scheduled crawl still follows
 * its remembered links). The body is the task; the outcome goes in a property.
 */
final class FetchStep implements Processor {
    static final String OUTCOME = "imhTaskOutcome";
    static final int MAX_TEMPORARY_HOPS = 5;

    private final HttpFetcher fetcher;
    private final FetchLimits limits;
    private final RobotsCache robots;
    private final PageMemory memory;
    private final RetryPolicy retries;
    private final UrlNormalizer normalizer;
    private final CrawlMetrics metrics;
    private final Function<CrawlTask, CrawlScope> scopes;
    private final PageEventLimit events;
    private final CheckGate gate;
    private final Function<CrawlTask, CrawlTrigger> triggers;
    private final Clock clock;

    /**
     * {@code scopes} gives the scope of a task's source in its run (null when the run is gone),
     * {@code triggers} what started the task's run (null when the run is gone).
     */
    FetchStep(HttpFetcher fetcher, FetchLimits limits, RobotsCache robots, PageMemory memory, UrlNormalizer normalizer,
              CrawlMetrics metrics, Function<CrawlTask, CrawlScope> scopes, PageEventLimit events, CheckGate gate,
              Function<CrawlTask, CrawlTrigger> triggers, Clock clock) {
        this.fetcher = fetcher;
        this.limits = limits;
        this.robots = robots;
        this.memory = memory;
        this.retries = new RetryPolicy(limits.retries(), limits.retryBackoff());
        this.normalizer = normalizer;
        this.metrics = metrics;
        this.scopes = scopes;
        this.events = events;
        this.gate = gate;
        this.triggers = triggers;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        CrawlTask task = exchange.getMessage().getBody(CrawlTask.class);
        exchange.setProperty(OUTCOME, run(task));
    }

    TaskOutcome run(CrawlTask task) {
        return switch (task.kind()) {
            case ROBOTS -> robots(task);
            case SITEMAP_DISCOVERY -> discoverSitemaps(task);
            case SITEMAP -> sitemap(task);
            case PAGE -> page(task);
        };
    }

    private TaskOutcome robots(CrawlTask task) {
        URI url = RobotsCache.robotsUrl(task.fetchUrl());
        TaskOutcome outcome = new TaskOutcome(task);
        outcome.requested = true;
        robots.store(task.host(), url, following(task, url, FetchLimits.MAX_ROBOTS_BYTES));
        return outcome;
    }

    private TaskOutcome discoverSitemaps(CrawlTask task) {
        TaskOutcome outcome = new TaskOutcome(task);
        BaseRobotRules rules = robots.fresh(task.host());
        if (rules != null) {
            outcome.sitemaps.addAll(rules.getSitemaps());
        }
        if (outcome.sitemaps.isEmpty()) {
            outcome.sitemaps.add(SitemapReader.defaultSitemap(task.url()).toString());
        }
        return outcome;
    }

    private TaskOutcome sitemap(CrawlTask task) {
        TaskOutcome outcome = new TaskOutcome(task);
        if (!allowedByRobots(task.fetchUrl())) {
            return outcome;
        }
        if (!gate.sitemap(task.host(), trigger(task), clock.instant())) {
            metrics.deferred("budget");
            outcome.note = "sitemap " + task.fetchUrl() + " not read: the host's daily request budget is spent";
            return outcome;
        }
        outcome.requested = true;
        FetchResponse response = following(task, task.fetchUrl(), limits.maxSitemapBytes());
        if (response.failure() == FetchResponse.Failure.REFUSED) {
            outcome.note = "sitemap " + task.fetchUrl() + " not read: " + response.error();
        } else if (response.ok()) {
            try {
                SitemapReader.Content content = SitemapReader.read(response.url(), response.body(),
                        response.header("content-type"), limits.maxSitemapBytes());
                outcome.links.addAll(content.pages());
                outcome.lastmods.putAll(content.lastmods());
                outcome.linkDepth = 1;
                outcome.sitemaps.addAll(content.sitemaps());
            } catch (IOException | RuntimeException e) {
                outcome.note = "sitemap " + task.fetchUrl() + " unreadable: " + e.getMessage();
            }
        }
        return outcome;
    }

    private TaskOutcome page(CrawlTask task) {
        URI url = task.fetchUrl();
        String refusal = fetcher.addresses().refusal(url);
        if (refusal != null) { // before robots: a forbidden address is an error whatever its robots.txt says
            return error(task, FetchResponse.failed(url, FetchResponse.Failure.REFUSED, refusal), refusal);
        }
        if (!allowedByRobots(url)) {
            metrics.robotsDenied(task.host());
            String unreachable = robots.unreachableBecause(task.host());
            return TaskOutcome.skipped(task, SourceRun.Outcome.ROBOTS_DENIED, url + ": disallowed by robots.txt"
                    + (unreachable == null ? "" : " (unreachable, so nothing is allowed for now: " + unreachable + ")"));
        }
        if (ContentKinds.skippedByExtension(url)) {
            return TaskOutcome.skipped(task, SourceRun.Outcome.SKIPPED_TYPE,
                    url + ": ." + ContentKinds.extension(url) + " files are not fetched");
        }
        CrawlTrigger trigger = trigger(task);
        CheckGate.Decision decision = gate.page(task.sourceId(), task.url().toString(), task.host(), trigger,
                task.attempt() > 1 || task.hops() > 0, clock.instant());
        if (!decision.ask()) {
            return deferred(task, trigger, decision);
        }
        Map<String, String> conditional = task.hops() == 0
                ? memory.conditionalHeaders(task.sourceId(), task.url().toString()) : Map.of();
        long started = System.nanoTime();
        FetchResponse response = fetcher.get(url, conditional, limits.maxBodyBytes(),
                (status, type) -> ContentKinds.of(type, url) != ContentKinds.Kind.OTHER);
        metrics.latency(task.host(), Duration.ofNanos(System.nanoTime() - started));
        metrics.bytes(task.host(), response.body().length);
        TaskOutcome outcome = classify(task, response);
        outcome.reason = decision.reason();
        outcome.requested = response.failure() != FetchResponse.Failure.REFUSED;
        if (!conditional.isEmpty() && outcome.requested) {
            metrics.conditional(task.host(), response);
        }
        if (outcome.event != null) {
            metrics.page(outcome.event.status().name(), task.host());
        }
        return outcome;
    }

    /**
     * A page the gate did not let through: no request, counted DEFERRED. A scheduled crawl follows
     * its remembered links (as it would a 304's), so it still reaches the pages behind it; a re-check
     * goes no further than the pages due. Only a budget running out is noted in the run.
     */
    private TaskOutcome deferred(CrawlTask task, CrawlTrigger trigger, CheckGate.Decision decision) {
        boolean budget = decision.why().startsWith("budget");
        metrics.deferred(budget ? "budget" : "not_due");
        TaskOutcome outcome = TaskOutcome.skipped(task, SourceRun.Outcome.DEFERRED,
                budget ? task.url() + ": not asked, " + decision.why() : null);
        outcome.reason = decision.reason();
        if (trigger != CrawlTrigger.RECHECK) {
            outcome.links.addAll(memory.links(task.sourceId(), task.url().toString()));
            outcome.linkDepth = task.depth() + 1;
        }
        return outcome;
    }

    private CrawlTrigger trigger(CrawlTask task) {
        CrawlTrigger trigger = triggers.apply(task);
        return trigger == null ? CrawlTrigger.SCHEDULE : trigger;
    }

    private TaskOutcome classify(CrawlTask task, FetchResponse response) {
        if (response.failure() == FetchResponse.Failure.SKIPPED_TYPE) {
            return TaskOutcome.skipped(task, SourceRun.Outcome.SKIPPED_TYPE, task.fetchUrl() + ": " + response.error());
        }
        if (retries.shouldRetry(response, task.attempt())) {
            TaskOutcome outcome = new TaskOutcome(task);
            outcome.retry = task.nextAttempt();
            outcome.retryWait = retries.waitBefore(task.attempt(), response, clock.instant());
            return outcome;
        }
        if (response.isRedirect()) {
            return redirect(task, response);
        }
        int status = response.status();
        if (response.failure() == FetchResponse.Failure.NONE && status == 304) {
            TaskOutcome outcome = event(task, SourceRun.Outcome.NOT_MODIFIED,
                    PageEvents.status(task, response, PageStatus.NOT_MODIFIED, response.url().toString(), null, clock.instant()));
            outcome.links.addAll(memory.links(task.sourceId(), task.url().toString())); // unchanged page, same links
            outcome.linkDepth = task.depth() + 1;
            return outcome;
        }
        if (response.failure() == FetchResponse.Failure.NONE && (status == 404 || status == 410)) {
            memory.forget(task.sourceId(), task.url().toString());
            return event(task, SourceRun.Outcome.GONE,
                    PageEvents.status(task, response, PageStatus.GONE, response.url().toString(), null, clock.instant()));
        }
        if (response.ok()) {
            return ok(task, response);
        }
        return error(task, response, response.failure() == FetchResponse.Failure.NONE
                ? "HTTP " + status + (task.attempt() > 1 ? " after " + task.attempt() + " attempts" : "")
                : response.error() + (task.attempt() > 1 ? " (after " + task.attempt() + " attempts)" : ""));
    }

    private TaskOutcome redirect(CrawlTask task, FetchResponse response) {
        URI target = normalizer.normalize(response.location()).orElse(null);
        if (target == null) {
            return error(task, response, "redirect to an unusable location " + response.header("location"));
        }
        int status = response.status();
        if (status == 301 || status == 308) {
            memory.forget(task.sourceId(), task.url().toString()); // nothing lives at this URL any more
            TaskOutcome outcome = event(task, SourceRun.Outcome.MOVED,
                    PageEvents.status(task, response, PageStatus.MOVED, target.toString(), null, clock.instant()));
            outcome.movedTo = target;
            return outcome;
        }
        if (task.hops() >= MAX_TEMPORARY_HOPS) {
            return error(task, response, "more than " + MAX_TEMPORARY_HOPS + " redirects");
        }
        TaskOutcome outcome = new TaskOutcome(task);
        outcome.continuation = task.redirectedTo(target);
        return outcome;
    }

    private TaskOutcome ok(CrawlTask task, FetchResponse response) {
        ContentKinds.Kind kind = ContentKinds.of(response.header("content-type"), response.url());
        if (kind == ContentKinds.Kind.PDF) {
            if (response.truncated()) {
                return error(task, response, "PDF larger than the " + limits.maxBodyBytes() + "-byte cap");
            }
            PageEvent pdf = PageEvents.pdf(task, response, clock.instant());
            if (!events.fits(pdf)) {
                return error(task, response, "PDF of " + response.body().length + " bytes does not fit one page event of at most "
                        + events.maxBytes() + " bytes");
            }
            TaskOutcome outcome = event(task, SourceRun.Outcome.FETCHED, pdf);
            outcome.validators = validators(response);
            outcome.digest = PageDigest.of(response.body());
            return outcome;
        }
        Charsets.Decoded decoded = Charsets.decode(response.body(), response.header("content-type"));
        String text = ControlCharacters.clean(decoded.text());
        if (response.truncated()) {
            metrics.truncated(CrawlMetrics.TRUNCATED_BODY_CAP, task.host());
        }
        TaskOutcome outcome = event(task, SourceRun.Outcome.FETCHED,
                PageEvents.html(task, response, new Charsets.Decoded(text, decoded.charset()), clock.instant()));
        Document document = Jsoup.parse(text, response.url().toString());
        collectLinks(document, outcome);
        outcome.digest = PageDigest.ofHtml(document);
        outcome.validators = validators(response);
        return outcome;
    }

    /**
     * The validators the page memory keeps of a 200, once the page event is published (FollowLinks):
     * none for a cut body, which must be fetched in full again rather than answered 304.
     */
    private static PageMemory.Validators validators(FetchResponse response) {
        return response.truncated() ? null : new PageMemory.Validators(response.header("etag"), response.header("last-modified"));
    }

    private static void collectLinks(Document document, TaskOutcome outcome) {
        Element robotsMeta = document.selectFirst("meta[name=robots]");
        if (robotsMeta != null && robotsMeta.attr("content").toLowerCase(java.util.Locale.ROOT).contains("nofollow")) {
            return; // the page asks crawlers not to follow its links
        }
        for (Element link : document.select("a[href], area[href]")) {
            if (!link.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("nofollow")) {
                String href = link.absUrl("href");
                if (!href.isEmpty()) {
                    outcome.links.add(href);
                }
            }
        }
        outcome.linkDepth = outcome.task.depth() + 1;
    }

    private TaskOutcome error(CrawlTask task, FetchResponse response, String why) {
        TaskOutcome outcome = event(task, SourceRun.Outcome.ERROR,
                PageEvents.status(task, response, PageStatus.ERROR, response.url().toString(), why, clock.instant()));
        outcome.note = task.fetchUrl() + ": " + why;
        return outcome;
    }

    private static TaskOutcome event(CrawlTask task, SourceRun.Outcome kind, PageEvent event) {
        TaskOutcome outcome = new TaskOutcome(task);
        outcome.outcome = kind;
        outcome.event = event;
        return outcome;
    }

    private boolean allowedByRobots(URI url) {
        BaseRobotRules rules = robots.fresh(org.imhfinder.sources.SourceDefinition.authorityOf(url));
        return rules == null || rules.isAllowed(url.toString());
    }

    /**
     * GET for robots.txt and sitemaps: redirects followed (RFC 9309: at least five hops), each hop
     * normalised, held to the task's source's allowed hosts, and checked by the address policy (in
     * the fetcher). A hop that leaves the scope is not asked: the answer is a REFUSED failure saying why.
     */
    private FetchResponse following(CrawlTask task, URI url, int cap) {
        FetchResponse response = fetcher.get(url, Map.of(), cap, (status, type) -> true);
        for (int hop = 0; hop < MAX_TEMPORARY_HOPS && response.isRedirect(); hop++) {
            URI next = normalizer.normalize(response.location()).orElse(null);
            CrawlScope scope = scopes.apply(task);
            if (next == null || scope == null || !scope.allowsHost(next)) {
                return FetchResponse.failed(url, FetchResponse.Failure.REFUSED, next == null
                        ? "redirected to an unusable location " + response.header("location")
                        : "redirected out of scope to " + next);
            }
            response = fetcher.get(next, Map.of(), cap, (status, type) -> true);
        }
        return response;
    }
}
