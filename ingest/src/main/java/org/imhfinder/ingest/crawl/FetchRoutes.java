package org.imhfinder.ingest.crawl;

import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.schema.Topics;

/**
 * Fetching: tasks the frontier hands out (one per host at a time) arrive on a bounded queue
 * served by {@code workers} concurrent consumers; each is fetched, its page event written to
 * {@code imh.pages.v1} (within the record limit, keyed by canonical URL; the send waits for Kafka's acknowledgement),
 * what it discovered offered to its run, and the task finished, whatever happened.
 */
public final class FetchRoutes extends RouteBuilder {
    public static final String ROUTE_ID = "crawl-fetch";
    static final String TASK = "imhCrawlTask";

    private final int workers;
    private final FetchStep fetch;
    private final PageRecord record;
    private final FollowLinks follow;
    private final FinishTask finish;

    FetchRoutes(int workers, FetchStep fetch, PageRecord record, FollowLinks follow, FinishTask finish) {
        this.workers = workers;
        this.fetch = fetch;
        this.record = record;
        this.follow = follow;
        this.finish = finish;
    }

    /** The queue between the frontier and the fetch workers. */
    static String queue(int workers) {
        return "seda:imh-crawl-fetch?size=" + workers + "&blockWhenFull=true&concurrentConsumers=" + workers;
    }

    @Override
    public void configure() {
        from(queue(workers)).routeId(ROUTE_ID)
                .setProperty(TASK, body())
                .doTry()
                    .process(fetch)
                    .process(finish.releaseHost)
                    .filter(exchange -> exchange.getProperty(FetchStep.OUTCOME, TaskOutcome.class).event != null)
                        .process(record)
                        .to("kafka:" + Topics.PAGES)
                    .end()
                    .process(follow)
                .endDoTry()
                .doCatch(Exception.class)
                    .log(org.apache.camel.LoggingLevel.WARN, "crawl task ${exchangeProperty.imhCrawlTask} failed: ${exception.message}")
                .doFinally()
                    .process(finish)
                .end();
    }
}
