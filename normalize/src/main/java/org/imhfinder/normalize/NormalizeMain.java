package org.imhfinder.normalize;

import java.util.List;
import org.imhfinder.config.Settings;
import org.imhfinder.runtime.Pipeline;

/** Runs normalize alone, as its own process, configured by the environment. */
public final class NormalizeMain {
    private NormalizeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Pipeline pipeline = Pipeline.start(Settings.fromEnvironment(), List.of(new NormalizeStage()));
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "imh-normalize-shutdown"));
        pipeline.awaitStopped();
    }
}
