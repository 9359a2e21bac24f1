package org.imhfinder.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka and a real Elasticsearch on 127.0.0.1, started side by side as child processes,
 * with the pipeline's topics created. Closing stops both; their data stays under the folder given.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    private volatile KafkaBroker kafka;
    private volatile ElasticsearchNode elasticsearch;
    private final Options options;
    private final Thread shutdownHook;

    private LocalStack(KafkaBroker kafka, ElasticsearchNode elasticsearch, Options options) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.options = options;
        this.shutdownHook = options.stopOnExit() ? new Thread(this::stopBoth, "imh-local-stack-shutdown") : null;
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * What to start and where. Ports of 0 mean "any free port". With {@code stopOnExit} the stack
     * stops itself when the JVM exits; without, the caller stops it (after what uses it).
     */
    public record Options(StackDistribution distribution, Path dataDir, int kafkaPort, int elasticsearchPort,
                          String elasticsearchHeap, Duration startTimeout, boolean stopOnExit) {
        public Options(StackDistribution distribution, Path dataDir, int kafkaPort, int elasticsearchPort,
                       String elasticsearchHeap, Duration startTimeout) {
            this(distribution, dataDir, kafkaPort, elasticsearchPort, elasticsearchHeap, startTimeout, true);
        }
    }

    /** Starts both servers in parallel and waits until both are healthy; on any failure, stops what started. */
    public static LocalStack start(Options options) {
        long started = System.nanoTime();
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(() -> KafkaBroker.start(
                options.distribution(), options.dataDir().resolve("kafka"), options.kafkaPort(), options.startTimeout()));
        CompletableFuture<ElasticsearchNode> es = CompletableFuture.supplyAsync(() -> startElasticsearch(options,
                options.elasticsearchPort()));
        try {
            CompletableFuture.allOf(kafka, es).join();
        } catch (CompletionException e) {
            kafka.thenAccept(KafkaBroker::close);
            es.thenAccept(ElasticsearchNode::close);
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        LocalStack stack = new LocalStack(kafka.join(), es.join(), options);
        try {
            TopicSetup.ensure(stack.kafkaBootstrap());
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        LOG.info("local stack up in {} ms: Kafka {} (pid {}), Elasticsearch {} (pid {})",
                (System.nanoTime() - started) / 1_000_000, stack.kafkaBootstrap(), stack.kafka.pid(),
                stack.elasticsearchUrl(), stack.elasticsearch.pid());
        return stack;
    }

    public String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    public URI elasticsearchUrl() {
        return elasticsearch.url();
    }

    /**
     * Stops Elasticsearch alone, its data kept: an outage, for tests of what the pipeline does
     * without it. {@link #startElasticsearch()} brings it back.
     */
    public synchronized void stopElasticsearch() {
        elasticsearch.close();
        LOG.info("Elasticsearch stopped (outage); its data stays in {}", options.dataDir().resolve("elasticsearch"));
    }

    /** Starts Elasticsearch again after {@link #stopElasticsearch()}: same port, same data; returns once it is healthy. */
    public synchronized void startElasticsearch() {
        if (elasticsearch.isAlive()) {
            return;
        }
        elasticsearch = startElasticsearch(options, elasticsearch.url().getPort());
        LOG.info("Elasticsearch back on {}", elasticsearch.url());
    }

    /**
     * Stops the Kafka broker alone, its data kept: a broker restart, for tests of clients that
     * must reconnect by themselves. {@link #startKafka()} brings it back.
     */
    public synchronized void stopKafka() {
        kafka.close();
        LOG.info("Kafka stopped; its data stays in {}", options.dataDir().resolve("kafka"));
    }

    /** Starts Kafka again after {@link #stopKafka()}: same port, same data; returns once the broker answers. */
    public synchronized void startKafka() {
        if (kafka.isAlive()) {
            return;
        }
        kafka = KafkaBroker.start(options.distribution(), options.dataDir().resolve("kafka"), kafka.port(),
                options.startTimeout());
        LOG.info("Kafka back on {}", kafka.bootstrapServers());
    }

    /**
     * Freezes the Kafka broker until {@link #thawKafka()}: a broker that stops answering (a long pause of its JVM or its
     * host) while its clients' connections stay open, so that their requests time out instead of being refused.
     */
    public synchronized void freezeKafka() {
        kafka.freeze();
        LOG.info("Kafka frozen");
    }

    /** Lets the broker frozen by {@link #freezeKafka()} go on; nothing to do for a broker that is not running. */
    public synchronized void thawKafka() {
        if (!kafka.isAlive()) {
            return;
        }
        kafka.thaw();
        LOG.info("Kafka thawed");
    }

    private static ElasticsearchNode startElasticsearch(Options options, int port) {
        return ElasticsearchNode.start(options.distribution(), options.dataDir().resolve("elasticsearch"), port,
                options.elasticsearchHeap(), options.startTimeout());
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public ElasticsearchNode elasticsearch() {
        return elasticsearch;
    }

    @Override
    public void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
        }
        stopBoth();
    }

    private synchronized void stopBoth() {
        CompletableFuture.allOf(CompletableFuture.runAsync(kafka::close), CompletableFuture.runAsync(elasticsearch::close))
                .join();
    }
}
