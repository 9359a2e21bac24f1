package org.imhfinder.ingest;

import java.util.List;
import org.imhfinder.config.Settings;
import org.imhfinder.runtime.Pipeline;

/** Runs ingest alone, as its own process, configured by the environment. */
public final class IngestMain {
    private IngestMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Pipeline pipeline = Pipeline.start(Settings.fromEnvironment(), List.of(new IngestStage()));
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "imh-ingest-shutdown"));
        pipeline.awaitStopped();
    }
}
