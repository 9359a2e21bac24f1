package org.imhfinder.production.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.imhfinder.production.Repository;

/**
 * One stage run from its runnable jar as its own JVM, as its container runs it (java -jar, the
 * environment only), with its output in a log file.
 */
final class StageProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String stage;
    private final int port;
    private final Process process;
    private final Path log;
    private final Map<String, String> settings;

    private StageProcess(String stage, int port, Process process, Path log, Map<String, String> settings) {
        this.stage = stage;
        this.port = port;
        this.process = process;
        this.log = log;
        this.settings = settings;
    }

    /** Starts {@code java -jar STAGE/target/imh-STAGE.jar} with exactly these IMH_* settings and a free HTTP port. */
    static StageProcess start(String stage, Map<String, String> settings, Path logDir) throws IOException {
        return start(stage, settings, logDir, stage);
    }

    /** Like {@link #start(String, Map, Path)}, its output in {@code INSTANCE.log}: one of several instances of a stage. */
    static StageProcess start(String stage, Map<String, String> settings, Path logDir, String instance) throws IOException {
        Path log = logDir.resolve(instance + ".log");
        return launch(stage, settings, log, ProcessBuilder.Redirect.to(log.toFile()));
    }

    private static StageProcess launch(String stage, Map<String, String> settings, Path log, ProcessBuilder.Redirect output)
            throws IOException {
        int port = freePort();
        Path jar = Repository.file(stage + "/target/imh-" + stage + ".jar");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(output);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("IMH_"));
        env.putAll(settings);
        env.put("IMH_HTTP_HOST", "127.0.0.1");
        env.put("IMH_HTTP_PORT", String.valueOf(port));
        return new StageProcess(stage, port, builder.start(), log, Map.copyOf(settings));
    }

    /** A new JVM of the same stage with the same settings, its output after the old one's, as an orchestrator restarts a crashed one. */
    StageProcess restart() throws IOException {
        return launch(stage, settings, log, ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    String stage() {
        return stage;
    }

    int port() {
        return port;
    }

    Process process() {
        return process;
    }

    /** What the image's healthcheck answers: runs deploy/images/http-probe against this process. */
    boolean probe(String path) throws IOException, InterruptedException {
        ProcessBuilder probe = new ProcessBuilder("bash", Repository.file("deploy/images/http-probe").toString(), path)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        probe.environment().put("IMH_HTTP_PORT", String.valueOf(port));
        Process running = probe.start();
        if (!running.waitFor(15, TimeUnit.SECONDS)) {
            running.destroyForcibly();
            return false;
        }
        return running.exitValue() == 0;
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** True while {@code /ready} answers 200; false when it answers otherwise or not at all. */
    boolean ready() {
        try {
            return get("/ready").statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The sum of every sample of a Prometheus metric on {@code /metrics} whose line starts with
     * {@code name} followed by its labels or its value (so {@code imh_indexer_retries_total} sums
     * every reason); 0 when it is not there yet.
     */
    double metric(String name) throws IOException, InterruptedException {
        double sum = 0;
        for (String line : get("/metrics").body().split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** CPU time the JVM has used so far (zero when the system does not say). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** {@code kill -9}: the JVM ends at once, no shutdown hook, no commit, no flush; returns once it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(stage + " (pid " + process.pid() + ") still alive 30 s after SIGKILL");
        }
    }

    /** SIGTERM, as a container runtime stops a container. */
    void terminate() {
        process.destroy();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
