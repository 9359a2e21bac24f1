package org.imhfinder.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.imhfinder.bench.recheck.RecheckCommand;
import org.imhfinder.bench.report.BenchReport;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.run.Scale;

/**
 * {@code imh bench [--quick] [--json FILE]}: every stage against its physical limit on this
 * machine, side by side in one run. Starts what it needs (Kafka and Elasticsearch on free ports,
 * generated websites), prints progress, then one table, and writes the same as JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = RecheckCommand.class,
        description = "Measure every stage against this machine's limit for the same work, in one run (about 15 minutes; "
                + "--quick: under 3). 'bench recheck' simulates a year of the crawler's re-check schedule instead.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Small numbers: checks the instrument works; the figures mean little.")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "Where to write the JSON (default: IMH_DATA_DIR/bench/bench.json).")
    Path json;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the run keeps its scratch data, deleted at "
            + "the end (default: IMH_DATA_DIR/bench).")
    Path workRoot;

    @Option(names = "--only", split = ",", paramLabel = "PAIR", description = "Measure only these pairs (${COMPLETION-CANDIDATES}); "
            + "each brings the pairs it needs: search the index pair, e2e the crawl, extract and index pairs.")
    Set<BenchRun.Pair> only = EnumSet.allOf(BenchRun.Pair.class);

    private final PrintStream out;

    public BenchCommand() {
        this(System.out);
    }

    public BenchCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new BenchCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(exit);
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        Path benchDir = (workRoot != null ? workRoot : settings.get(ConfigKeys.DATA_DIR).resolve("bench")).toAbsolutePath();
        Path workDir = Files.createTempDirectory(Files.createDirectories(benchDir), "run-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))); // Elasticsearch runs as another user
        Path file = json != null ? json : benchDir.resolve("bench.json");
        try {
            BenchReport report = new BenchRun(quick ? Scale.quick() : Scale.full(), workDir,
                    settings.get(ConfigKeys.LOCAL_ES_HEAP), new Progress(out), only).run();
            out.println();
            out.print(report.table());
            report.writeJson(file);
            out.println();
            out.println("Written to " + file);
            return 0;
        } finally {
            delete(workDir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the run's scratch folder: left for the next clean-up
        }
    }
}
