package org.imhfinder.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.imhfinder.config.Settings;
import org.imhfinder.runtime.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code imh run STAGE}: one stage as its own process, against the Kafka and Elasticsearch the environment names. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one stage (ingest, normalize, indexer, search-api) as its own process.")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "STAGE", description = "ingest, normalize, indexer or search-api")
    String stage;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.start(Settings.fromEnvironment(), List.of(AllStages.named(stage)));
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "imh-" + stage + "-shutdown"));
        pipeline.awaitStopped();
        return 0;
    }
}
