package org.imhfinder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code imh demo}: {@code imh up} against the bundled demo websites, served locally. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Like 'up', against realistic provider websites bundled with the project and served locally.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--site-port", paramLabel = "PORT", defaultValue = "18081",
            description = "First port of the demo websites (one port per site; default ${DEFAULT-VALUE}).")
    int firstSitePort;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        Path dataDir = settings.get(ConfigKeys.DATA_DIR).resolve("demo").toAbsolutePath();
        DemoWeb web = DemoWeb.start(firstSitePort, dataDir);
        System.out.printf("Demo websites: %d sites on 127.0.0.1:%d-%d%n", web.siteCount(), firstSitePort,
                firstSitePort + web.siteCount() - 1);
        Settings demo = settings
                .with(ConfigKeys.SOURCES, web.sourcesFile().toString())
                .with(ConfigKeys.CRAWL_ALLOW_PRIVATE_NETWORKS, "true")
                .with(ConfigKeys.CRAWL_DELAY, "PT0.1S");
        return new LocalRun(System.out).runUntilStopped(demo, dataDir, web);
    }
}
