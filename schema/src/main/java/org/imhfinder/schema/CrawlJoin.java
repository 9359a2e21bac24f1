package org.imhfinder.schema;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which running crawl a request for a crawl joins: one asked for while a crawl of the same sources
 * runs is answered with that crawl (its id, said to be joined), not started again or refused. The
 * API's {@code POST /admin/crawls} and {@code imh crawl} both ask here, so they agree.
 */
public final class CrawlJoin {
    private CrawlJoin() {
    }

    /**
     * The latest crawl that is {@code RUNNING} and crawls every one of {@code wanted} (the requested
     * source, or every source of the file); empty when none does. A refused request's record
     * ({@code alreadyRunningAs}) is never joined.
     */
    public static Optional<CrawlRun> running(Collection<CrawlRun> runs, Collection<String> wanted) {
        return runs.stream()
                .filter(run -> run.state() == CrawlState.RUNNING && run.alreadyRunningAs() == null)
                .filter(run -> !wanted.isEmpty() && run.sourceIds().containsAll(wanted))
                .filter(run -> run.startedAt() != null)
                .max(Comparator.comparing(CrawlRun::startedAt));
    }
}
