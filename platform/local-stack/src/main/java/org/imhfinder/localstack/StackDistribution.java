package org.imhfinder.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the build put what the local stack runs: the Kafka broker's jars, the minimal
 * Elasticsearch zip and the project's analysis plugin zip ({@code platform/stack-dist}).
 * {@code IMH_STACK_DIST} overrides the location the build recorded.
 */
public record StackDistribution(Path root, String kafkaVersion, String elasticsearchVersion) {

    public Path kafkaLibs() {
        return root.resolve("kafka-libs");
    }

    public Path elasticsearchZip() {
        return root.resolve("elasticsearch.zip");
    }

    public Path analysisPluginZip() {
        return root.resolve("imh-es-analysis-plugin.zip");
    }

    /** The distribution the build recorded, or the folder {@code IMH_STACK_DIST} names. */
    public static StackDistribution locate(Path override) {
        Properties built = new Properties();
        try (InputStream in = StackDistribution.class.getResourceAsStream("/imh-stack.properties")) {
            if (in == null) {
                throw new StackException("the local stack's build information is missing (imh-stack.properties)", null);
            }
            built.load(in);
        } catch (IOException e) {
            throw new StackException("cannot read imh-stack.properties: " + e.getMessage(), null);
        }
        Path root = (override != null ? override : Path.of(built.getProperty("dist"))).toAbsolutePath().normalize();
        StackDistribution dist = new StackDistribution(root, built.getProperty("kafka.version"),
                built.getProperty("elasticsearch.version"));
        dist.check();
        return dist;
    }

    private void check() {
        if (!Files.isDirectory(kafkaLibs()) || !Files.isRegularFile(elasticsearchZip()) || !Files.isRegularFile(analysisPluginZip())) {
            throw new StackException("the Kafka and Elasticsearch distributions are not in " + root
                    + "; build them with 'mvn -DskipTests package' (or point IMH_STACK_DIST at them)", null);
        }
    }
}
