package org.imhfinder.bench.recheck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.ingest.recheck.RecheckPolicy;
import org.imhfinder.schema.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imh bench recheck}: the crawler's re-check schedule against a uniform one spending the
 * same requests, on a generated web of provider sites in simulated time (see the README,
 * "Performance"). Needs no Kafka, Elasticsearch or network: it runs the scheduling code itself.
 */
@Command(name = "recheck", mixinStandardHelpOptions = true,
        description = "Simulate a year of re-checks of a generated web: the adaptive schedule against a uniform one "
                + "at equal requests (index freshness, age of stale facts, deadlines shown wrong).")
public final class RecheckCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "A small web over 60 days: checks the instrument works; the figures mean little.")
    boolean quick;

    @Option(names = "--seed", description = "Seed of the generated web and its changes (default ${DEFAULT-VALUE}).")
    long seed = 19;

    @Option(names = "--hosts", description = "Hosts (one source each; default ${DEFAULT-VALUE}).")
    int hosts = 50;

    @Option(names = "--days", description = "Simulated days (default ${DEFAULT-VALUE}).")
    int days = 365;

    @Option(names = "--budget", description = "Requests a host may get in 24 hours (IMH_CRAWL_BUDGET; default ${DEFAULT-VALUE}).")
    int budget = 10;

    @Option(names = "--min-gain", description = "IMH_RECHECK_MIN_GAIN (default: the setting's, ${DEFAULT-VALUE} when unset).")
    String minGain = ConfigKeys.RECHECK_MIN_GAIN.defaultValue();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON.")
    Path json;

    private final PrintStream out;

    public RecheckCommand() {
        this(System.out);
    }

    public RecheckCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        RecheckSimulation.Result result = RecheckSimulation.run(spec());
        out.print(RecheckTable.of(result));
        if (json != null) {
            Files.createDirectories(json.toAbsolutePath().getParent());
            Files.writeString(json, Json.write(result));
            out.println("Written to " + json);
        }
        return 0;
    }

    RecheckSimulation.Spec spec() {
        Settings settings = Settings.of(Map.of(ConfigKeys.CRAWL_BUDGET.envName(), String.valueOf(budget),
                ConfigKeys.RECHECK_MIN_GAIN.envName(), minGain));
        RecheckPolicy policy = RecheckPolicy.from(settings);
        return quick ? new RecheckSimulation.Spec(seed, 8, 10, 40, Duration.ofDays(60), policy)
                : new RecheckSimulation.Spec(seed, hosts, 15, 90, Duration.ofDays(days), policy);
    }
}
