package org.imhfinder.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.config.Settings;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.localstack.LocalStack;
import org.imhfinder.localstack.StackDistribution;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.runtime.Stage;

/**
 * The local Kafka and Elasticsearch of the run (on free ports, data in a folder of its own), and
 * the stages started against them, each in a pipeline of its own in this JVM.
 */
public final class BenchStack implements AutoCloseable {
    private final LocalStack stack;
    private final KafkaOffsets offsets;
    private final ElasticsearchClients es;

    private final Path sources;

    private BenchStack(LocalStack stack, Path sources) {
        this.stack = stack;
        this.sources = sources;
        this.offsets = new KafkaOffsets(stack.kafkaBootstrap());
        this.es = new ElasticsearchClients(stack.elasticsearchUrl());
    }

    public static BenchStack start(Path dataDir, String elasticsearchHeap) throws IOException {
        // every stage reads a sources file; pairs that crawl give their own
        Path sources = Files.writeString(Files.createDirectories(dataDir).resolve("sources.yml"), """
                sources:
                  - id: bench-none
                    name: Nothing to crawl
                    providerType: OTHER
                    seeds: ["http://127.0.0.1:9/"]
                """);
        LocalStack stack = LocalStack.start(new LocalStack.Options(StackDistribution.locate(null), dataDir, 0, 0,
                elasticsearchHeap, Duration.ofSeconds(180), true));
        return new BenchStack(stack, sources);
    }

    public String kafkaBootstrap() {
        return stack.kafkaBootstrap();
    }

    public URI elasticsearchUrl() {
        return stack.elasticsearchUrl();
    }

    public KafkaOffsets offsets() {
        return offsets;
    }

    public ElasticsearchClients es() {
        return es;
    }

    /** The processes of Kafka and Elasticsearch, by name, for their memory. */
    public Map<String, Long> serverPids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("kafka", stack.kafka().pid());
        pids.put("elasticsearch", stack.elasticsearch().pid());
        return pids;
    }

    /** Settings for a stage against this stack: private addresses allowed, no crawl delay, a free HTTP port. */
    public Settings settings(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("IMH_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        values.put("IMH_ES_URL", stack.elasticsearchUrl().toString());
        values.put("IMH_CRAWL_ALLOW_PRIVATE_NETWORKS", "true");
        values.put("IMH_CRAWL_DELAY", "PT0S");
        values.put("IMH_HTTP_PORT", String.valueOf(freePort()));
        values.put("IMH_SOURCES", sources.toString());
        values.putAll(overrides);
        return Settings.of(values);
    }

    public Pipeline startStages(Map<String, String> overrides, List<? extends Stage> stages) {
        return Pipeline.start(settings(overrides), stages);
    }

    @Override
    public void close() {
        offsets.close();
        try {
            es.close();
        } catch (IOException e) {
            // closing a client of a node about to stop
        }
        stack.close();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
