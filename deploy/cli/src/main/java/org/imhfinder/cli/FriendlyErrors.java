package org.imhfinder.cli;

import org.imhfinder.config.ConfigException;
import org.imhfinder.localstack.StackException;
import org.imhfinder.runtime.PipelineStartException;
import picocli.CommandLine;

/**
 * Prints what went wrong, without a stack trace, for the failures a person can fix: bad
 * configuration (exit 2), no stack running where a command looks for it (exit 3), a stack or stage that could not start (exit 1). Anything else is a bug
 * and keeps its stack trace.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {
    static final int CONFIG_ERROR = 2;
    static final int START_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof ConfigException) {
            command.getErr().println("imh: " + e.getMessage());
            return CONFIG_ERROR;
        }
        if (e instanceof StackTarget.NoStack) {
            command.getErr().println("imh: " + e.getMessage());
            return CrawlCommand.NO_ANSWER;
        }
        if (e instanceof StackException || e instanceof PipelineStartException) {
            command.getErr().println("imh: " + e.getMessage());
            return START_ERROR;
        }
        throw e;
    }
}
