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

/**
 * Offers what a task discovered to its run: links and sitemap pages (normalised, scoped,
 * de-duplicated, within the budget), a moved page's new URL, and sitemaps to read; and remembers
 * a page fetched in full (validators and in-scope links) in the page memory.
 */
final class FollowLinks implements Processor {
    private final CrawlCoordinator coordinator;
    private final UrlNormalizer normalizer;
    private final PageMemory memory;

    FollowLinks(CrawlCoordinator coordinator, UrlNormalizer normalizer, PageMemory memory) {
        this.coordinator = coordinator;
        this.normalizer = normalizer;
        this.memory = memory;
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
        String referrer = task.fetchUrl().toString();
        List<String> inScope = new ArrayList<>();
        for (String link : outcome.links) {
            normalizer.normalize(link).filter(url -> source.scope().allowsHost(url)).ifPresent(url -> inScope.add(url.toString()));
            if (!source.budgetSpent()) {
                normalizer.normalize(link).ifPresent(url -> coordinator.admit(run, source, url, outcome.linkDepth, referrer, false));
            }
        }
        if (task.kind() == CrawlTask.Kind.PAGE && outcome.outcome == SourceRun.Outcome.FETCHED) {
            // here, not at the fetch: the page event is on imh.pages.v1 by now, so a later 304 is about a page normalize has
            memory.remember(task.sourceId(), task.url().toString(), outcome.validators, inScope, outcome.event.fetchedAt());
        }
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

}
