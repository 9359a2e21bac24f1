package org.imhfinder.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.localstack.LocalStack;
import org.imhfinder.localstack.StackDistribution;

/** The test stack as local processes, on free ports, with data under the module's {@code target/}. */
final class ProcessStack implements TestStack, AutoCloseable {
    private final LocalStack stack;

    private ProcessStack(LocalStack stack) {
        this.stack = stack;
    }

    static ProcessStack start() {
        Settings env = Settings.fromEnvironment();
        Path data = Path.of("target", "imh-test-stack", Long.toString(ProcessHandle.current().pid())).toAbsolutePath();
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StackDistribution dist = StackDistribution.locate(env.find(ConfigKeys.STACK_DIST).orElse(null));
        return new ProcessStack(LocalStack.start(new LocalStack.Options(dist, data, 0, 0, "384m", Duration.ofSeconds(180))));
    }

    @Override
    public String kafkaBootstrap() {
        return stack.kafkaBootstrap();
    }

    @Override
    public URI elasticsearchUrl() {
        return stack.elasticsearchUrl();
    }

    @Override
    public void stopElasticsearch() {
        stack.stopElasticsearch();
    }

    @Override
    public void startElasticsearch() {
        stack.startElasticsearch();
    }

    @Override
    public void stopKafka() {
        stack.stopKafka();
    }

    @Override
    public void startKafka() {
        stack.startKafka();
    }

    @Override
    public void freezeKafka() {
        stack.freezeKafka();
    }

    @Override
    public void thawKafka() {
        stack.thawKafka();
    }

    @Override
    public void close() {
        stack.close();
    }
}
