package org.imhfinder.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.ingest.run.CrawlIds;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imh crawl [--source ID] [--wait]}: asks the running stack's ingest for a crawl now, through
 * {@code imh.crawl-requests.v1}, or joins the crawl of the same sources already running; with
 * {@code --wait}, follows the run on {@code imh.crawls.v1} until it has settled (everything it
 * fetched is searchable) or failed.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Start a crawl now on the running stack (IMH_KAFKA_BOOTSTRAP, else the one running on IMH_DATA_DIR); with --wait, show its progress until it has settled.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:requested (or, with --wait, settled)", "1:the crawl failed", "2:bad configuration",
                "3:no stack running, or Kafka or ingest did not answer"})
final class CrawlCommand implements Callable<Integer> {
    static final int FAILED = 1;
    static final int NO_ANSWER = 3;

    @Option(names = "--source", paramLabel = "ID", description = "Crawl only this source (default: every source, in one run).")
    String source;

    @Option(names = "--wait", description = "Show progress until the crawl has settled (or failed).")
    boolean wait;

    @Option(names = "--answer-timeout", paramLabel = "DURATION", defaultValue = "PT60S",
            description = "How long to wait for ingest to take the request up (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration answerTimeout;

    private final PrintStream out;
    /** Where the settings come from: the environment, or a test's. */
    java.util.function.Supplier<Settings> settings = Settings::fromEnvironment;

    CrawlCommand() {
        this(System.out);
    }

    CrawlCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Settings target = StackTarget.resolveRunning(settings.get());
        String kafka = target.get(ConfigKeys.KAFKA_BOOTSTRAP);
        Instant now = Instant.now();
        CrawlRequest request = new CrawlRequest(CrawlRequest.SCHEMA_VERSION, CrawlIds.next(now), source,
                "cli:" + System.getProperty("user.name", "unknown"), now);
        try (CrawlFollower follower = CrawlFollower.open(kafka)) {
            var running = follower.running(wanted(target));
            if (running.isPresent()) {
                out.printf("Crawl %s is already running (%s): joined.%n", running.get().crawlId(), scope());
                return wait ? follow(follower, running.get().crawlId(), true) : 0;
            }
            follower.request(request);
            out.printf("Crawl %s requested (%s).%n", request.crawlId(), scope());
            if (!wait) {
                return 0;
            }
            return follow(follower, request.crawlId(), false);
        } catch (CrawlFollower.NoAnswer e) {
            out.println("imh: " + e.getMessage());
            return NO_ANSWER;
        }
    }

    /** The sources a request is for: the one asked for, or every source of the stack's sources file. */
    private List<String> wanted(Settings target) {
        return source != null ? List.of(source)
                : SourcesFile.load(target.get(ConfigKeys.SOURCES)).stream().map(SourceDefinition::id).toList();
    }

    private String scope() {
        return source == null ? "every source" : "source " + source;
    }

    private int follow(CrawlFollower follower, String crawlId, boolean running) {
        Progress progress = new Progress(out, System.console() != null);
        CrawlRun run = running ? follower.followRunning(crawlId, answerTimeout, progress::show)
                : follower.follow(crawlId, answerTimeout, progress::show);
        if (run.state() == CrawlState.FAILED && run.alreadyRunningAs() != null) {
            // ingest took the request up while a crawl of the same sources ran: it joined that crawl
            progress.done();
            out.printf("Crawl %s is already running (%s): joined.%n", run.alreadyRunningAs(), scope());
            run = follower.followRunning(run.alreadyRunningAs(), answerTimeout, progress::show);
        }
        progress.done();
        if (run.state() == CrawlState.SETTLED) {
            out.printf("Crawl %s settled: everything it fetched is searchable.%n", run.crawlId());
            return 0;
        }
        out.printf("Crawl %s failed: %s%n", run.crawlId(), run.error());
        return FAILED;
    }

    /** Live progress: one line redrawn on a terminal, a line per change (at most every 2 s) otherwise. */
    static final class Progress {
        private final PrintStream out;
        private final boolean terminal;
        private String last = "";
        private long lastPrinted;

        Progress(PrintStream out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        void show(CrawlRun run) {
            String line = line(run);
            boolean stateChanged = !last.startsWith(run.state().name());
            if (line.equals(last) || !terminal && !stateChanged && System.nanoTime() - lastPrinted < 2_000_000_000L) {
                return;
            }
            out.print(terminal ? "\r" + line + "   " : line + System.lineSeparator());
            out.flush();
            last = line;
            lastPrinted = System.nanoTime();
        }

        void done() {
            if (terminal && !last.isEmpty()) {
                out.println();
            }
            last = "";
        }

        static String line(CrawlRun run) {
            var c = run.counts();
            return String.format("%-8s discovered %d  fetched %d  unchanged %d  moved %d  gone %d  errors %d  "
                            + "robots %d  out of scope %d", run.state(), c.discovered(), c.fetched(), c.notModified(),
                    c.moved(), c.gone(), c.errors(), c.skippedByRobots(), c.outOfScope());
        }
    }
}
