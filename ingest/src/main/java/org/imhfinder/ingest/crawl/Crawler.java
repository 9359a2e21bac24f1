package org.imhfinder.ingest.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.ingest.fetch.AddressPolicy;
import org.imhfinder.ingest.fetch.FetchLimits;
import org.imhfinder.ingest.fetch.HttpFetcher;
import org.imhfinder.ingest.frontier.CrawlTask;
import org.imhfinder.ingest.frontier.FrontierJournal;
import org.imhfinder.ingest.frontier.HostQueues;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.memory.PageMemoryStore;
import org.imhfinder.ingest.recheck.CheckGate;
import org.imhfinder.ingest.recheck.HostBudget;
import org.imhfinder.ingest.recheck.KafkaRecheckHints;
import org.imhfinder.ingest.recheck.RecheckHints;
import org.imhfinder.ingest.recheck.RecheckPolicy;
import org.imhfinder.ingest.recheck.RecheckRoutes;
import org.imhfinder.ingest.recheck.RecheckScheduler;
import org.imhfinder.ingest.robots.RobotsCache;
import org.imhfinder.ingest.run.CrawlCoordinator;
import org.imhfinder.ingest.run.CrawlRunState;
import org.imhfinder.ingest.run.Settlement;
import org.imhfinder.ingest.run.SourceRun;
import org.imhfinder.ingest.share.HostShares;
import org.imhfinder.ingest.share.RunPublisher;
import org.imhfinder.ingest.url.CrawlScope;
import org.imhfinder.ingest.url.UrlNormalizer;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.Schedule;
import org.imhfinder.sources.SourceDefinition;

/**
 * Wires the crawler together: frontier, fetcher, robots, coordinator, the re-check schedule
 * (hints, budgets, scheduler, gate), routes and the dispatcher.
 */
public final class Crawler {
    static final int MAX_ROBOTS_HOSTS = 10_000;
    /** How often the crawler reads normalize's backlog (see {@link BacklogGate}). */
    static final Duration BACKLOG_PERIOD = Duration.ofSeconds(1);
    static final int MAX_REMEMBERED_PAGES = 50_000;

    private final CrawlCoordinator coordinator;
    private final RunPublisher publisher;
    private final PageMemory memory;
    private final HostBudget budget;
    private final RecheckHints hints;

    private Crawler(CrawlCoordinator coordinator, RunPublisher publisher, PageMemory memory, HostBudget budget,
                    RecheckHints hints) {
        this.coordinator = coordinator;
        this.publisher = publisher;
        this.memory = memory;
        this.budget = budget;
        this.hints = hints;
    }

    /** Each host's daily request budget; rebuilt from the page memory's checks after a restart. */
    public HostBudget budget() {
        return budget;
    }

    /** What the indexer says of this instance's listings, for their pages' schedules. */
    public RecheckHints hints() {
        return hints;
    }

    public CrawlCoordinator coordinator() {
        return coordinator;
    }

    public RunPublisher publisher() {
        return publisher;
    }

    /** What the crawler remembers of pages; restored from its store before the first crawl. */
    public PageMemory memory() {
        return memory;
    }

    public static Crawler install(StageContext context, List<SourceDefinition> sources, HostShares shares,
                                  FrontierJournal journal, PageMemoryStore memoryStore, AddressPolicy addresses,
                                  Settlement settlement, Clock clock)
            throws Exception {
        Settings settings = context.settings();
        FetchLimits limits = FetchLimits.from(settings);
        int workers = settings.get(ConfigKeys.CRAWL_WORKERS);
        RobotsCache robots = new RobotsCache(settings.get(ConfigKeys.CRAWL_ROBOTS_TTL), clock, MAX_ROBOTS_HOSTS);
        HostQueues frontier = new HostQueues(System::nanoTime, robots::needsFetch);
        PageMemory memory = new PageMemory(MAX_REMEMBERED_PAGES, memoryStore);
        CrawlMetrics metrics = new CrawlMetrics(context.meters(), frontier, memory);
        frontier.onHandOut(metrics::hostWait);
        HttpFetcher fetcher = new HttpFetcher(limits, addresses, HttpFetcher.userAgent(settings.get(ConfigKeys.CRAWL_CONTACT_URL)));
        RunPublisher publisher = shares.shared()
                ? KafkaRunPublisher.parts(context.camel().createProducerTemplate(), shares.instance())
                : KafkaRunPublisher.runs(context.camel().createProducerTemplate());
        Map<String, Schedule> schedules = sources.stream().filter(s -> s.schedule() != null)
                .collect(Collectors.toMap(SourceDefinition::id, SourceDefinition::schedule));
        CrawlCoordinator[] holder = new CrawlCoordinator[1];
        Function<String, Instant> nextRun = id -> schedules.containsKey(id)
                ? schedules.get(id).next(holder[0].lastStarted(id), clock.instant()) : null;
        CrawlCoordinator coordinator = new CrawlCoordinator(sources, shares, frontier, journal, publisher, settlement,
                clock, nextRun, context.meters());
        holder[0] = coordinator;
        RecheckPolicy policy = RecheckPolicy.from(settings);
        Map<String, RecheckPolicy.Bounds> bounds = shares.mine(sources).stream()
                .collect(Collectors.toMap(SourceDefinition::id, policy::bounds));
        RecheckHints hints = new RecheckHints(bounds::containsKey);
        HostBudget budget = new HostBudget(policy.budget());
        RecheckScheduler scheduler = new RecheckScheduler(memory, hints, policy, budget, bounds::get);
        UrlNormalizer normalizer = new UrlNormalizer();
        PageEventLimit events = new PageEventLimit(PageEvent.maxBytes(limits.maxBodyBytes()));
        FetchStep fetch = new FetchStep(fetcher, limits, robots, memory, normalizer, metrics, task -> scope(coordinator, task),
                events, new CheckGate(memory, scheduler, budget), task -> trigger(coordinator, task), clock);
        FinishTask finish = new FinishTask(frontier, coordinator, robots, settings.get(ConfigKeys.CRAWL_DELAY));
        context.addRoutes(new FetchRoutes(workers, fetch, new PageRecord(events, metrics),
                        new FollowLinks(coordinator, normalizer, memory, metrics), finish),
                new CrawlControlRoutes(coordinator, ConsumerGroups.ingest(shares.instance(), shares.instances()),
                        context.meters(), clock),
                new RecheckRoutes(scheduler, coordinator, memory, policy.every(), clock));
        BacklogGate gate = context.manage(new BacklogGate(() -> settlement.backlog(ConsumerGroups.NORMALIZE, Topics.PAGES),
                () -> settlement.backlog(ConsumerGroups.INDEXER, Topics.PAGE_OUTCOMES),
                settings.get(ConfigKeys.CRAWL_MAX_BACKLOG), BACKLOG_PERIOD, context.meters()));
        context.manage(new FrontierDispatcher(frontier, context.camel().createProducerTemplate(), FetchRoutes.queue(workers), gate));
        context.manage(new KafkaRecheckHints(settings.get(ConfigKeys.KAFKA_BOOTSTRAP), hints));
        return new Crawler(coordinator, publisher, memory, budget, hints);
    }

    /** What started a task's run, or null when the run is no longer active. */
    private static CrawlTrigger trigger(CrawlCoordinator coordinator, CrawlTask task) {
        CrawlRunState run = coordinator.run(task.crawlId());
        return run == null ? null : run.trigger();
    }

    /** The scope of a task's source in its run, or null when the run is no longer active. */
    private static CrawlScope scope(CrawlCoordinator coordinator, CrawlTask task) {
        CrawlRunState run = coordinator.run(task.crawlId());
        SourceRun source = run == null ? null : run.source(task.sourceId());
        return source == null ? null : source.scope();
    }
}
