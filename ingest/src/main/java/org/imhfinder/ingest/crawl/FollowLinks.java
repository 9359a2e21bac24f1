package org.imhfinder.ingest.crawl;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.ingest.frontier.CrawlTask;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.run.CrawlCoordinator;
import org.imhfinder.ingest.run.CrawlRunState;
import org.imhfinder.ingest.run.SourceRun;
import org.imhfinder.ingest.url.UrlNormalizer;
import org.imhfinder.schema.PageCheck;

/**
 * Offers what a task discovered to its run: links and sitemap pages (normalised, scoped,
 * de-duplicated, within the budget), a moved page's new URL, and sitemaps to read; and records a
 * page's check in the page memory: a page fetched in full (validators, in-scope links, digest,
 * and whether it changed), a 304, a failure; and the {@code <lastmod>} a sitemap gives its pages.
 * A re-check offers only the links the crawler does not know yet, and only from a page that
 * changed (or is new): new links on a changed hub are fetched at once, the others keep their own
 * schedules.
 */
final class FollowLinks implements Processor {
    private final CrawlCoordinator coordinator;
    private final UrlNormalizer normalizer;
    private final PageMemory memory;
    private final CrawlMetrics metrics;

    FollowLinks(CrawlCoordinator coordinator, UrlNormalizer normalizer, PageMemory memory, CrawlMetrics metrics) {
        this.coordinator = coordinator;
        this.normalizer = normalizer;
        this.memory = memory;
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) {
        follow(exchange.getProperty(FetchStep.OUTCOME, TaskOutcome.class));
    }

    void follow(TaskOutcome outcome) {
        CrawlTask task = outcome.task;
        CrawlRunState run = coordinator.run(task.crawlId());
        SourceRun source = run == null ? null : run.source(task.sourceId());
        if (source == null) {
            return;
        }
        if (outcome.movedTo != null
                && coordinator.admit(run, source, outcome.movedTo, task.depth(), task.url().toString(), false)
                == SourceRun.Admission.OUT_OF_SCOPE) {
            run.note(task.url() + ": moved out of scope to " + outcome.movedTo);
        }
        List<String> inScope = new ArrayList<>();
        for (String link : outcome.links) {
            normalizer.normalize(link).filter(url -> source.scope().allowsHost(url)).ifPresent(url -> inScope.add(url.toString()));
        }
        PageCheck.Result found = record(outcome, inScope);
        outcome.lastmods.forEach((page, lastmod) -> normalizer.normalize(page)
                .ifPresent(url -> memory.lastmod(task.sourceId(), url.toString(), lastmod)));
        offerLinks(outcome, run, source, found);
        for (String sitemap : outcome.sitemaps) {
            normalizer.normalize(sitemap).filter(url -> source.scope().allowsHost(url) && source.admitSitemap(url))
                    .ifPresent(url -> coordinator.enqueue(run, CrawlTask.of(CrawlTask.Kind.SITEMAP, run.crawlId(),
                            source.sourceId(), url)));
        }
        if (outcome.continuation != null && !source.scope().allowsHost(outcome.continuation.fetchUrl())) {
            outcome.outcome = SourceRun.Outcome.OUT_OF_SCOPE;
            outcome.note = task.url() + ": redirected out of scope to " + outcome.continuation.fetchUrl();
            outcome.continuation = null;
        }
    }

    /**
     * The page's check, in its memory and its meter. Here, not at the fetch: the page event is on
     * imh.pages.v1 by now, so a later 304 is about a page normalize has. Null when the task was not
     * a page check (or the page is gone or moved, and forgotten).
     */
    private PageCheck.Result record(TaskOutcome outcome, List<String> inScope) {
        CrawlTask task = outcome.task;
        if (task.kind() != CrawlTask.Kind.PAGE || outcome.outcome == null || outcome.reason == null) {
            return null;
        }
        String url = task.url().toString();
        PageCheck.Result found = switch (outcome.outcome) {
            case FETCHED -> memory.fetchedInFull(task.sourceId(), url, outcome.validators, inScope, outcome.digest,
                    outcome.event.fetchedAt());
            case NOT_MODIFIED -> {
                memory.notModified(task.sourceId(), url, outcome.event.fetchedAt());
                yield PageCheck.Result.UNCHANGED;
            }
            case ERROR -> {
                if (outcome.event != null) {
                    memory.failed(task.sourceId(), url, outcome.event.fetchedAt());
                }
                yield PageCheck.Result.FAILED;
            }
            default -> null;
        };
        if (outcome.outcome != SourceRun.Outcome.DEFERRED) {
            metrics.check(outcome.reason, found == null ? outcome.outcome.name() : found.name());
        }
        return found;
    }

    private void offerLinks(TaskOutcome outcome, CrawlRunState run, SourceRun source, PageCheck.Result found) {
        boolean recheck = run.quiet();
        if (recheck && found != PageCheck.Result.CHANGED && found != PageCheck.Result.FIRST) {
            return;
        }
        String referrer = outcome.task.fetchUrl().toString();
        for (String link : outcome.links) {
            if (source.budgetSpent()) {
                return;
            }
            normalizer.normalize(link).filter(url -> !recheck || !memory.knows(source.sourceId(), url.toString()))
                    .ifPresent(url -> coordinator.admit(run, source, url, outcome.linkDepth, referrer, false));
        }
    }
}
