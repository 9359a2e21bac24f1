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

    private StageProcess(String stage, int port, Process process, Path log) {
        this.stage = stage;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar STAGE/target/imh-STAGE.jar} with exactly these IMH_* settings and a free HTTP port. */
    static StageProcess start(String stage, Map<String, String> settings, Path logDir) throws IOException {
        return start(stage, stage, settings, logDir);
    }

    /** As {@link #start(String, Map, Path)}, the log named for the instance ({@code INSTANCE.log}): one of several of a stage. */
    static StageProcess start(String stage, String instance, Map<String, String> settings, Path logDir) throws IOException {
        int port = freePort();
        Path jar = Repository.file(stage + "/target/imh-" + stage + ".jar");
        Path log = logDir.resolve(instance + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("IMH_"));
        env.putAll(settings);
        env.put("IMH_HTTP_HOST", "127.0.0.1");
        env.put("IMH_HTTP_PORT", String.valueOf(port));
        return new StageProcess(stage, port, builder.start(), log);
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
