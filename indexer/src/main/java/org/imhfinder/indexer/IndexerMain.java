package org.imhfinder.indexer;

import java.util.List;
import org.imhfinder.config.Settings;
import org.imhfinder.runtime.Pipeline;

/** Runs the indexer alone, as its own process, configured by the environment. */
public final class IndexerMain {
    private IndexerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Pipeline pipeline = Pipeline.start(Settings.fromEnvironment(), List.of(new IndexerStage()));
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "imh-indexer-shutdown"));
        pipeline.awaitStopped();
    }
}
