package org.imhfinder.searchapi;

import java.util.List;
import org.imhfinder.config.Settings;
import org.imhfinder.runtime.Pipeline;

/** Runs the search API alone, as its own process, configured by the environment. */
public final class SearchApiMain {
    private SearchApiMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Pipeline pipeline = Pipeline.start(Settings.fromEnvironment(), List.of(new SearchApiStage()));
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "imh-search-api-shutdown"));
        pipeline.awaitStopped();
    }
}
