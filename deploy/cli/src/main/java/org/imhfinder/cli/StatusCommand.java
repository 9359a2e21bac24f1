package org.imhfinder.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.ingest.memory.PageFacts;
import org.imhfinder.ingest.recheck.Plan;
import org.imhfinder.ingest.recheck.RecheckPlanner;
import org.imhfinder.ingest.recheck.RecheckPolicy;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageMemoryEntry;
import org.imhfinder.schema.RecheckHint;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imh status [--json]}: each source with its last and next run and what the last run
 * fetched, listings by freshness status, and how far behind each stage's consumer group is.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Sources with their last and next runs, listings by freshness, Kafka lag per stage.")
final class StatusCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the status as JSON.")
    boolean json;

    @Option(names = "--source", paramLabel = "ID", description = "Also list this source's next page checks and why.")
    String source;

    /** Most next checks listed for a source. */
    static final int NEXT_CHECKS = 20;

    private final PrintStream out;
    /** Where the settings come from: the environment, or a test's. */
    java.util.function.Supplier<Settings> settings = Settings::fromEnvironment;

    StatusCommand() {
        this(System.out);
    }

    StatusCommand(PrintStream out) {
        this.out = out;
    }

    /** One source's line. */
    record SourceStatus(String id, String schedule, String lastCrawlId, CrawlState lastState, Instant lastStartedAt,
                        Instant nextRunAt, CrawlCounts lastCounts) {
    }

    /** Everything the command reports. */
    record Status(Instant at, List<SourceStatus> sources, Map<String, Long> listingsByFreshness,
                  Map<String, Long> lagByGroup, List<String> problems, List<NextCheck> nextChecks) {
    }

    /** One page's next check, as its source's schedule plans it: when, why, and the why said for people. */
    record NextCheck(String url, Instant at, String reason, String detail) {
    }

    @Override
    public Integer call() {
        Settings settings = StackTarget.resolveRunning(this.settings.get());
        List<SourceDefinition> sources = SourcesFile.load(settings.get(ConfigKeys.SOURCES));
        String kafka = settings.get(ConfigKeys.KAFKA_BOOTSTRAP);
        List<String> problems = new java.util.ArrayList<>();
        Map<String, CrawlRun> runs = Map.of();
        Map<String, Long> lag = Map.of();
        try {
            runs = TopicSnapshot.read(kafka, Topics.CRAWLS, v -> Json.read(v, CrawlRun.class), Duration.ofSeconds(15));
            lag = ConsumerLag.byGroup(kafka);
        } catch (RuntimeException e) {
            problems.add("Kafka at " + kafka + " did not answer: " + e.getMessage());
        }
        Map<String, Long> freshness = Map.of();
        try {
            freshness = FreshnessCounts.fetch(settings);
        } catch (RuntimeException e) {
            problems.add("Elasticsearch at " + settings.get(ConfigKeys.ES_URL) + ": " + e.getMessage());
        }
        List<NextCheck> next = List.of();
        if (source != null) {
            SourceDefinition chosen = sources.stream().filter(s -> s.id().equals(source)).findFirst().orElse(null);
            if (chosen == null) {
                problems.add("no source '" + source + "' in " + settings.get(ConfigKeys.SOURCES));
            } else {
                try {
                    Map<String, PageMemoryEntry> pages = TopicSnapshot.read(kafka, Topics.PAGE_MEMORY,
                            v -> Json.read(v, PageMemoryEntry.class), Duration.ofSeconds(15));
                    Map<String, RecheckHint> hints = TopicSnapshot.read(kafka, Topics.RECHECK_HINTS,
                            v -> Json.read(v, RecheckHint.class), Duration.ofSeconds(15));
                    next = nextChecks(chosen, pages.values(), hints.values(), RecheckPolicy.from(settings), NEXT_CHECKS);
                } catch (RuntimeException e) {
                    problems.add("Kafka at " + kafka + " did not answer: " + e.getMessage());
                }
            }
        }
        Status status = new Status(Instant.now(), sourceStatuses(sources, runs), freshness, lag, problems, next);
        if (json) {
            out.println(Json.write(status));
        } else {
            printText(status);
        }
        return problems.isEmpty() ? 0 : CrawlCommand.NO_ANSWER;
    }

    static List<SourceStatus> sourceStatuses(List<SourceDefinition> sources, Map<String, CrawlRun> runs) {
        Instant now = Instant.now();
        return sources.stream().map(source -> {
            CrawlRun last = runs.values().stream()
                    .filter(r -> r.sourceIds().contains(source.id()) && r.startedAt() != null && r.alreadyRunningAs() == null)
                    .max(Comparator.comparing(CrawlRun::startedAt)).orElse(null);
            Instant lastStart = last == null || last.state() == CrawlState.FAILED ? null : last.startedAt();
            Instant next = last != null && last.nextRuns().containsKey(source.id()) && last.nextRuns().get(source.id()).isAfter(now)
                    ? last.nextRuns().get(source.id())
                    : source.schedule() == null ? null : source.schedule().next(lastStart, now);
            CrawlCounts counts = last == null ? null : last.sourceCounts().getOrDefault(source.id(), last.counts());
            return new SourceStatus(source.id(), source.schedule() == null ? null : source.schedule().text(), last == null ? null : last.crawlId(),
                    last == null ? null : last.state(), last == null ? null : last.startedAt(), next, counts);
        }).toList();
    }

    /**
     * A source's next page checks, earliest first (at most {@code limit}): each remembered page's plan,
     * made by the crawler's own planner from its checks and its listings' hints, as ingest makes it.
     */
    static List<NextCheck> nextChecks(SourceDefinition source, Collection<PageMemoryEntry> pages, Collection<RecheckHint> hints,
                                      RecheckPolicy policy, int limit) {
        RecheckPlanner planner = new RecheckPlanner(policy.minGain());
        RecheckPolicy.Bounds bounds = policy.bounds(source);
        Map<String, List<RecheckHint>> byPage = hints.stream().filter(h -> source.id().equals(h.sourceId()) && h.sourceUrl() != null)
                .collect(java.util.stream.Collectors.groupingBy(RecheckHint::sourceUrl));
        return pages.stream().filter(p -> source.id().equals(p.sourceId()) && !p.checksOrFetch().isEmpty())
                .map(p -> {
                    Plan plan = planner.plan(PageFacts.of(p), byPage.getOrDefault(p.url(), List.of()), bounds);
                    return new NextCheck(p.url(), plan.dueAt(), plan.reason().label(), plan.detail());
                })
                .sorted(Comparator.comparing(NextCheck::at).thenComparing(NextCheck::url)).limit(limit).toList();
    }

    private void printText(Status status) {
        out.printf("%-28s %-14s %-9s %-20s %-20s %8s %9s %6s%n", "SOURCE", "SCHEDULE", "LAST", "LAST STARTED",
                "NEXT RUN", "FETCHED", "UNCHANGED", "FAILED");
        for (SourceStatus s : status.sources()) {
            CrawlCounts c = s.lastCounts();
            out.printf("%-28s %-14s %-9s %-20s %-20s %8s %9s %6s%n", s.id(), s.schedule() == null ? "on request" : s.schedule(),
                    s.lastState() == null ? "never" : s.lastState(), time(s.lastStartedAt()), time(s.nextRunAt()),
                    c == null ? "-" : c.fetched(), c == null ? "-" : c.notModified(), c == null ? "-" : c.errors() + c.gone());
        }
        out.println();
        out.println("Listings by freshness: " + (status.listingsByFreshness().isEmpty() ? "none indexed"
                : status.listingsByFreshness()));
        out.println("Kafka lag by stage:     " + status.lagByGroup());
        if (source != null) {
            out.println();
            out.println("Next page checks of " + source + (status.nextChecks().isEmpty() ? ": none planned (no page checked yet)" : ":"));
            status.nextChecks().forEach(c -> out.printf("  %-20s %-16s %s (%s)%n", time(c.at()), c.reason(), c.url(), c.detail()));
        }
        status.problems().forEach(p -> out.println("Problem: " + p));
    }

    private static String time(Instant at) {
        return at == null ? "-" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

}
