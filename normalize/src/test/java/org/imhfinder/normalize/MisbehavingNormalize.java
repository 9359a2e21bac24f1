package org.imhfinder.normalize;

import java.util.List;
import org.imhfinder.config.Settings;
import org.imhfinder.runtime.Pipeline;

/** normalize as a process of its own (as {@code NormalizeMain} runs it) with the {@link Misbehaving} strategy: for tests that kill it. */
public final class MisbehavingNormalize {
    private MisbehavingNormalize() {
    }

    public static void main(String[] args) throws InterruptedException {
        Pipeline pipeline = Pipeline.start(Settings.fromEnvironment(), List.of(new NormalizeStage(Misbehaving.added())));
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "imh-normalize-shutdown"));
        pipeline.awaitStopped();
    }
}
