package org.imhfinder.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka (KRaft, broker and controller in one process) on 127.0.0.1, run from the
 * jars the build fetched. Storage is formatted on first start; the ports chosen then are kept in
 * the data folder, so a restart finds its data and its controller again.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);

    private final ChildProcess process;
    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the broker with its files under {@code dir} and waits until it answers. */
    public static KafkaBroker start(StackDistribution dist, Path folder, int wantedPort, Duration timeout) {
        Path dir = folder.toAbsolutePath(); // its path in the broker's command line identifies a leftover
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StackException("cannot create Kafka's folder " + dir + ": " + e.getMessage(), null, e);
        }
        Path log = dir.resolve("kafka.log");
        Path pidFile = dir.resolve("kafka.pid");
        ChildProcess.stopLeftover("Kafka", pidFile, dir); // before the ports: a leftover is no port conflict
        Properties ports = ports(dir, wantedPort);
        int port = Integer.parseInt(ports.getProperty("port"));
        int controllerPort = Integer.parseInt(ports.getProperty("controller.port"));
        for (int p : new int[] {port, controllerPort}) {
            if (FreePorts.inUse(p)) {
                throw new StackException("Kafka cannot use port " + p + ": something else listens there, not a Kafka"
                        + " of this data folder (stop it, or choose another with IMH_LOCAL_KAFKA_PORT)", log);
            }
        }
        Path config = writeConfig(dir, port, controllerPort);
        if (!Files.exists(dir.resolve("data/meta.properties"))) {
            ChildProcess.run("Kafka storage format", java(dist, "kafka.tools.StorageTool", "format",
                    "-t", ports.getProperty("cluster.id"), "-c", config.toString(), "--standalone"), Map.of(), dir, log,
                    Duration.ofSeconds(60));
        }
        ChildProcess process = ChildProcess.start("Kafka", java(dist, "kafka.Kafka", config.toString()), Map.of(),
                dir, log, pidFile);
        KafkaBroker broker = new KafkaBroker(process, port);
        try {
            broker.awaitReady(timeout);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path log() {
        return process.log();
    }

    /** The port clients connect to; a restart on the same data keeps it. */
    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Freezes the broker (SIGSTOP): it keeps its connections and port, and answers nothing until {@link #thaw()}. */
    public void freeze() {
        process.signal("STOP");
    }

    /** Lets a {@linkplain #freeze() frozen} broker go on (SIGCONT). */
    public void thaw() {
        process.signal("CONT");
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        awaitListening(deadline, timeout);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!process.isAlive()) {
                    throw process.died("while starting");
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        LOG.debug("Kafka ready on {}", bootstrapServers());
                        return;
                    }
                } catch (Exception notYet) {
                    if (notYet instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new StackException("interrupted while waiting for Kafka", log());
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new StackException("Kafka did not become ready on " + bootstrapServers() + " within "
                            + timeout.toSeconds() + " s", log());
                }
            }
        }
    }

    /** Waits for the port to open before asking Kafka anything, so the client does not log every refusal. */
    private void awaitListening(Instant deadline, Duration timeout) {
        while (!FreePorts.inUse(port)) {
            if (!process.isAlive()) {
                throw process.died("while starting");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException("Kafka did not open port " + port + " within " + timeout.toSeconds() + " s", log());
            }
            try {
                Thread.sleep(100); // the broker is still starting; there is nothing to wait on but its port
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for Kafka", log());
            }
        }
    }

    private static List<String> java(StackDistribution dist, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaConfig=warn",
                "-cp", dist.kafkaLibs().resolve("*").toString(),
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** The ports and cluster id of this data folder: chosen on first start, reused after. */
    private static Properties ports(Path dir, int wantedPort) {
        Path file = dir.resolve("stack.properties");
        Properties properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                if (wantedPort == 0 || String.valueOf(wantedPort).equals(properties.getProperty("port"))) {
                    return properties;
                }
            }
            properties.setProperty("port", String.valueOf(FreePorts.pick(wantedPort)));
            properties.setProperty("controller.port", properties.getProperty("controller.port",
                    String.valueOf(FreePorts.pick(0))));
            properties.setProperty("cluster.id", properties.getProperty("cluster.id", newClusterId()));
            try (var out = Files.newOutputStream(file)) {
                properties.store(out, "ports and cluster id of this Kafka data folder");
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 (what {@code kafka-storage random-uuid} prints). */
    private static String newClusterId() {
        byte[] bytes = new byte[16];
        SecureRandom random = new SecureRandom();
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private static Path writeConfig(Path dir, int port, int controllerPort) {
        String config = String.join("\n",
                "# Written by the local stack at each start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("data").toAbsolutePath(),
                "num.partitions=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + (org.imhfinder.schema.Topics.MAX_RECORD_BYTES + 1024 * 1024),
                "log.cleaner.min.cleanable.ratio=0.1",
                "log.segment.bytes=67108864",
                "");
        Path file = dir.resolve("server.properties");
        try {
            Files.writeString(file, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
