package org.imhfinder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code imh} command. */
@Command(name = "imh", mixinStandardHelpOptions = true, version = "IMH Program Finder 0.1",
        description = "A crawled, normalized, freshness-tracked directory of Infant Mental Health training programs.",
        subcommands = {UpCommand.class, DemoCommand.class, RunCommand.class, CrawlCommand.class, StatusCommand.class,
                ReindexCommand.class})
public final class Imh {
    public static void main(String[] args) {
        int exit = new CommandLine(new Imh())
                .setExecutionExceptionHandler(new FriendlyErrors())
                .execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
