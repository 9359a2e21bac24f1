package org.imhfinder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.localstack.LocalStack;
import org.imhfinder.localstack.StackDistribution;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.sources.SourceDefinition;

/**
 * Everything on one machine: the local Kafka and Elasticsearch, then every stage in this JVM.
 * Stops in the reverse order (stages first, so consumers finish their records) on Ctrl-C.
 */
final class LocalRun {
    private final PrintStream out;

    LocalRun(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs until the JVM is asked to stop; returns the exit code. Everything that can be checked
     * is checked before Kafka and Elasticsearch start; "is up" is printed once every stage runs and
     * the HTTP server listens.
     */
    int runUntilStopped(Settings settings, Path dataDir, AutoCloseable extra) throws InterruptedException {
        List<SourceDefinition> sources = PreFlight.check(settings);
        out.printf("Sources: %d from %s%n", sources.size(), settings.get(ConfigKeys.SOURCES));
        Tokens tokens = withTokens(settings, dataDir);
        settings = tokens.settings();
        out.printf("Starting Kafka and Elasticsearch (data in %s)...%n", dataDir);
        long started = System.nanoTime();
        LocalStack stack = LocalStack.start(new LocalStack.Options(
                StackDistribution.locate(settings.find(ConfigKeys.STACK_DIST).orElse(null)), dataDir,
                settings.get(ConfigKeys.LOCAL_KAFKA_PORT), settings.get(ConfigKeys.LOCAL_ES_PORT),
                settings.get(ConfigKeys.LOCAL_ES_HEAP), Duration.ofSeconds(180), false));
        out.printf("  Kafka %s, Elasticsearch %s (%.1f s)%n", stack.kafkaBootstrap(), stack.elasticsearchUrl(),
                (System.nanoTime() - started) / 1e9);
        Settings pipelineSettings = settings.with(ConfigKeys.KAFKA_BOOTSTRAP, stack.kafkaBootstrap())
                .with(ConfigKeys.ES_URL, stack.elasticsearchUrl().toString());
        out.println("Starting the stages: " + String.join(", ", AllStages.NAMES) + "...");
        Pipeline pipeline;
        try {
            pipeline = Pipeline.start(pipelineSettings, AllStages.all());
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(pipeline, stack, extra, dataDir, tokens.file()),
                "imh-shutdown"));
        String base = "http://" + settings.get(ConfigKeys.HTTP_HOST) + ":" + pipeline.httpPort();
        StackRecord.ofThisProcess(stack.kafkaBootstrap(), stack.elasticsearchUrl().toString(), base,
                settings.get(ConfigKeys.SOURCES), tokens.file()).write(dataDir);
        writeStackEnv(dataDir, base);
        out.printf("%nIMH Program Finder is up (%.1f s).%n", (System.nanoTime() - started) / 1e9);
        out.println("  Search page:  " + base + "/");
        out.println("  Search API:   " + base + "/api/v1/programs?q=endorsement");
        out.println("  Health:       " + base + "/health   Metrics: " + base + "/metrics");
        out.println("  For scripts:  " + dataDir.resolve(STACK_ENV_FILE) + " (IMH_API)");
        out.println("Press Ctrl-C to stop; data stays in " + dataDir + ".");
        pipeline.awaitStopped();
        return 0;
    }

    private void stopAll(Pipeline pipeline, LocalStack stack, AutoCloseable extra, Path dataDir, Path tokensFile) {
        out.println("\nStopping...");
        StackRecord.removeOwn(dataDir);
        deleteQuietly(dataDir.resolve(STACK_ENV_FILE));
        deleteQuietly(tokensFile);
        pipeline.close();
        stack.close();
        if (extra != null) {
            try {
                extra.close();
            } catch (Exception e) {
                out.println("  " + e.getMessage());
            }
        }
        out.println("Stopped.");
    }

    /** The settings with every token in, and the file holding the generated ones (null: none generated). */
    record Tokens(Settings settings, Path file) {
    }

    /**
     * Operator and curator tokens: the configured ones, or one of each generated, printed now and
     * kept in {@value #TOKENS_FILE} in the data folder (readable by its owner only) while the
     * stack runs, for scripts and for whoever missed the start-up lines.
     */
    Tokens withTokens(Settings settings, Path dataDir) {
        Settings result = settings;
        StringBuilder generated = new StringBuilder();
        if (settings.get(ConfigKeys.OPERATOR_TOKENS).isEmpty()) {
            String token = newToken();
            result = result.with(ConfigKeys.OPERATOR_TOKENS, token);
            generated.append("OPERATOR_TOKEN=").append(token).append('\n');
            out.println("Operator token (IMH_OPERATOR_TOKENS was unset): " + token);
        }
        if (settings.get(ConfigKeys.CURATOR_TOKENS).isEmpty()) {
            String token = newToken();
            result = result.with(ConfigKeys.CURATOR_TOKENS, token);
            generated.append("CURATOR_TOKEN=").append(token).append('\n');
            out.println("Curator token (IMH_CURATOR_TOKENS was unset):  " + token);
        }
        if (generated.isEmpty()) {
            return new Tokens(result, null);
        }
        Path file = dataDir.resolve(TOKENS_FILE);
        writeOwnerOnly(file, generated.toString());
        out.println("  (also in " + file + " while the stack runs)");
        return new Tokens(result, file);
    }

    static final String TOKENS_FILE = "tokens.env";

    /**
     * Where the API listens, as {@code IMH_API=http://HOST:PORT} in {@value #STACK_ENV_FILE} in the
     * data folder while the stack runs: the README's examples source it, so that they work
     * whatever port the stack was given. A file of its own, since tokens.env exists only when
     * tokens were generated.
     */
    static final String STACK_ENV_FILE = "stack.env";

    static Path writeStackEnv(Path dataDir, String api) {
        Path file = dataDir.resolve(STACK_ENV_FILE);
        try {
            Files.createDirectories(dataDir);
            Path temp = dataDir.resolve(STACK_ENV_FILE + ".tmp");
            Files.writeString(temp, "IMH_API=" + api + "\n");
            // a script sourcing it never sees half a line
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the API's address to " + file, e);
        }
        return file;
    }

    private static void writeOwnerOnly(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated tokens to " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next start writes new tokens over it
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
