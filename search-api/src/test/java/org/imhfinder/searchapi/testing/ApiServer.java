package org.imhfinder.searchapi.testing;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.searchapi.SearchApiStage;
import org.imhfinder.testkit.TestStack;

/** The search API alone, on a free port, against the test stack, with known tokens and a small sources file. */
public final class ApiServer implements AutoCloseable {
    public static final String OPERATOR_TOKEN = "operator-test-token";
    public static final String CURATOR_TOKEN = "curator-test-token";

    private final Pipeline pipeline;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiServer(Pipeline pipeline, URI base) {
        this.pipeline = pipeline;
        this.base = base;
    }

    public static ApiServer start(TestStack stack, Map<String, String> overrides) throws IOException {
        int port = freePort();
        Path sources = Files.createDirectories(Path.of("target", "api-it")).resolve("sources-" + port + ".yml");
        Files.writeString(sources, """
                sources:
                  - id: mi-aimh
                    name: Michigan Association for Infant Mental Health
                    providerType: ASSOCIATION
                    region: MI
                    seeds: [http://127.0.0.1:9/endorsement/]
                    schedule: P7D
                  - id: umn
                    name: University of Minnesota
                    providerType: UNIVERSITY
                    seeds: [http://127.0.0.1:9/certificates/]
                    schedule: "0 0 3 ? * MON"
                """);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("IMH_HTTP_PORT", String.valueOf(port));
        settings.put("IMH_SOURCES", sources.toString());
        settings.put("IMH_OPERATOR_TOKENS", OPERATOR_TOKEN);
        settings.put("IMH_CURATOR_TOKENS", CURATOR_TOKEN);
        settings.put("IMH_API_RATE_LIMIT", "0");
        settings.putAll(overrides);
        Pipeline pipeline = Pipeline.start(stack.settings(settings), List.of(new SearchApiStage()));
        return new ApiServer(pipeline, URI.create("http://127.0.0.1:" + port));
    }

    public org.apache.camel.CamelContext camel() {
        return pipeline.camel();
    }

    public io.micrometer.core.instrument.MeterRegistry meters() {
        return pipeline.meters();
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET());
    }

    public HttpResponse<String> post(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pipeline.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
