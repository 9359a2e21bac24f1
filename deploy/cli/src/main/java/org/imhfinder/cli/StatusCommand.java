package org.imhfinder.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.ingest.schedule.Schedules;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Json;
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
                  Map<String, Long> lagByGroup, List<String> problems) {
    }

    @Override
    public Integer call() {
        Settings settings = this.settings.get();
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
        Status status = new Status(Instant.now(), sourceStatuses(sources, runs), freshness, lag, problems);
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
                    ? last.nextRuns().get(source.id()) : Schedules.next(source.schedule(), lastStart, now);
            CrawlCounts counts = last == null ? null : last.sourceCounts().getOrDefault(source.id(), last.counts());
            return new SourceStatus(source.id(), source.schedule(), last == null ? null : last.crawlId(),
                    last == null ? null : last.state(), last == null ? null : last.startedAt(), next, counts);
        }).toList();
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
        status.problems().forEach(p -> out.println("Problem: " + p));
    }

    private static String time(Instant at) {
        return at == null ? "-" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

}
