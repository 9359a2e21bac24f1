package org.imhfinder.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Elasticsearch on 127.0.0.1 from the minimal distribution, with the project's
 * analysis plugin installed, security off. The distribution is unpacked once
 * ({@link ElasticsearchHome}); each node has its own config, data, logs and temp folders.
 */
public final class ElasticsearchNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchNode.class);

    private final ChildProcess process;
    private final URI url;

    private ElasticsearchNode(ChildProcess process, URI url) {
        this.process = process;
        this.url = url;
    }

    /** Starts a node with its files under {@code dir} and waits until the cluster is at least yellow. */
    public static ElasticsearchNode start(StackDistribution dist, Path dir, int wantedPort, String heap, Duration timeout) {
        Path home = ElasticsearchHome.prepare(dist);
        Path instance = instanceFolder(dir);
        Path log = dir.resolve("elasticsearch.log");
        Path pidFile = dir.resolve("elasticsearch.launcher.pid");
        // before the port: a leftover of this node (its folder is in its command line) is no port conflict
        ChildProcess.stopLeftover("Elasticsearch", pidFile, instance);
        int port = FreePorts.pick(wantedPort);
        if (FreePorts.inUse(port)) {
            throw new StackException("Elasticsearch cannot use port " + port + ": something else listens there, not an"
                    + " Elasticsearch of this data folder"
                    + " (stop it, or choose another with IMH_LOCAL_ES_PORT)", log);
        }
        writeConfig(home, instance, port);
        UnprivilegedUser.giveAway(instance);
        List<String> command = new ArrayList<>(UnprivilegedUser.commandPrefix());
        command.addAll(List.of(home.resolve("bin/elasticsearch").toString(), "-p",
                instance.resolve("logs/elasticsearch.pid").toString()));
        Map<String, String> env = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_PATH_CONF", instance.resolve("config").toString(),
                "ES_TMPDIR", instance.resolve("tmp").toString(),
                "ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        ChildProcess process = ChildProcess.start("Elasticsearch", command, env, instance, log, pidFile);
        ElasticsearchNode node = new ElasticsearchNode(process, URI.create("http://127.0.0.1:" + port));
        try {
            node.awaitReady(timeout, instance.resolve("logs"));
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    public URI url() {
        return url;
    }

    public Path log() {
        return process.log();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(60));
    }

    /** The node's own folders; where the unprivileged user cannot reach {@code dir}, a folder it can. */
    private static Path instanceFolder(Path dir) {
        Path instance = dir.resolve("node").toAbsolutePath();
        if (!UnprivilegedUser.canReach(instance)) {
            instance = ElasticsearchHome.reachableFallback("node-" + Integer.toHexString(instance.toString().hashCode()));
            LOG.warn("{} cannot reach {}; Elasticsearch keeps its data in {}", UnprivilegedUser.USER, dir, instance);
        }
        try {
            for (String sub : new String[] {"config", "data", "logs", "tmp"}) {
                Files.createDirectories(instance.resolve(sub));
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + instance, e);
        }
        return instance;
    }

    private static void writeConfig(Path home, Path instance, int port) {
        Path config = instance.resolve("config");
        try (Stream<Path> files = Files.walk(home.resolve("config"))) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = config.resolve(home.resolve("config").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target);
                }
            }
            Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n",
                    "# Written by the local stack at each start.",
                    "cluster.name: imh-local",
                    "node.name: imh-local-1",
                    "discovery.type: single-node",
                    "network.host: 127.0.0.1",
                    "http.port: " + port,
                    "transport.port: " + FreePorts.pick(0),
                    "path.data: " + instance.resolve("data"),
                    "path.logs: " + instance.resolve("logs"),
                    "xpack.security.enabled: false",
                    "# a developer's nearly full disk must not turn indices read-only",
                    "cluster.routing.allocation.disk.threshold_enabled: false",
                    "action.destructive_requires_name: false",
                    ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Elasticsearch's configuration in " + config, e);
        }
    }

    private void awaitReady(Duration timeout, Path logs) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw process.died("while starting (its own logs: " + logs + ")");
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
                    LOG.debug("Elasticsearch ready on {}", url);
                    return;
                }
            } catch (IOException notYet) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for Elasticsearch", log());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException("Elasticsearch did not become ready on " + url + " within "
                        + timeout.toSeconds() + " s (its own logs: " + logs + ")", log());
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250); // polling a process that is still binding its port; nothing to wait on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
