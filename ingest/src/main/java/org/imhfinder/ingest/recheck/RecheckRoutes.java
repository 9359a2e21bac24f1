package org.imhfinder.ingest.recheck;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.run.CrawlCoordinator;

/**
 * Re-checking: every {@code IMH_RECHECK_EVERY}, the pages due now that their hosts' budgets allow
 * ({@link RecheckScheduler}) are checked in one re-check run. The route starts once ingest has read
 * its page memory (before that every page would look new).
 */
public final class RecheckRoutes extends RouteBuilder {
    public static final String ROUTE_ID = "crawl-recheck";

    private final StartRechecks start;
    private final Duration every;

    public RecheckRoutes(RecheckScheduler scheduler, CrawlCoordinator coordinator, PageMemory memory, Duration every,
                         Clock clock) {
        this.start = new StartRechecks(scheduler, coordinator, memory, clock);
        this.every = every;
    }

    @Override
    public void configure() {
        from("timer:imh-crawl-recheck?period=" + every.toMillis()).routeId(ROUTE_ID).autoStartup(false)
                .process(start);
    }

    /** One look: the pages due, started as a re-check of their sources. */
    static final class StartRechecks implements Processor {
        private final RecheckScheduler scheduler;
        private final CrawlCoordinator coordinator;
        private final PageMemory memory;
        private final Clock clock;

        StartRechecks(RecheckScheduler scheduler, CrawlCoordinator coordinator, PageMemory memory, Clock clock) {
            this.scheduler = scheduler;
            this.coordinator = coordinator;
            this.memory = memory;
            this.clock = clock;
        }

        @Override
        public void process(Exchange exchange) {
            Map<String, List<RecheckScheduler.Due>> due = scheduler.select(clock.instant(), coordinator::isFree);
            if (due.isEmpty()) {
                return;
            }
            Map<String, List<String>> urls = new LinkedHashMap<>();
            due.forEach((source, pages) -> urls.put(source, pages.stream().map(RecheckScheduler.Due::url).toList()));
            coordinator.startRecheck(urls, memory::forget); // a page its source no longer has in scope is forgotten
        }
    }
}
