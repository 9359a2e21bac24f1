package org.imhfinder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code imh up}: the local stack and every stage, crawling the sources file on its schedules. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start Kafka, Elasticsearch and every stage locally and run the pipeline on its schedule.")
final class UpCommand implements Callable<Integer> {
    @Option(names = "--sources", paramLabel = "FILE", description = "The sources file (default: IMH_SOURCES, else deploy/sources.yml).")
    Path sources;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (sources != null) {
            settings = settings.with(ConfigKeys.SOURCES, sources.toString());
        }
        return new LocalRun(System.out).runUntilStopped(settings, settings.get(ConfigKeys.DATA_DIR).toAbsolutePath(), null);
    }
}
