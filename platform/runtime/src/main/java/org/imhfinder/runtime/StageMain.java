package org.imhfinder.runtime;

import java.util.List;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.Settings;

/**
 * A stage run alone as its own process, configured by the environment, with the exit codes of
 * {@code imh}: 2 for configuration to change (a bad sources file among it, found before anything
 * starts), 1 for a stage that could not start.
 */
public final class StageMain {
    public static final int CONFIG_ERROR = 2;
    public static final int START_ERROR = 1;

    private StageMain() {
    }

    /** Runs the stage until the JVM is asked to stop; exits the JVM when it cannot start. */
    public static void run(Stage stage) throws InterruptedException {
        Pipeline pipeline;
        try {
            pipeline = Pipeline.start(Settings.fromEnvironment(), List.of(stage));
        } catch (ConfigException e) {
            System.err.println("imh-" + stage.name() + ": " + e.getMessage());
            System.exit(CONFIG_ERROR);
            return;
        } catch (PipelineStartException e) {
            System.err.println("imh-" + stage.name() + ": " + e.getMessage());
            System.exit(START_ERROR);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "imh-" + stage.name() + "-shutdown"));
        pipeline.awaitStopped();
    }
}
