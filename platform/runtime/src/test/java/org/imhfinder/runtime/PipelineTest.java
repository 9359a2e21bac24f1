package org.imhfinder.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.Settings;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyProcessAnswersHealthReadyAndMetrics() throws Exception {
        AtomicBoolean dependencyUp = new AtomicBoolean(false);
        int port = freePort();
        try (Pipeline pipeline = Pipeline.start(settings(port), List.of(new EchoStage(dependencyUp)))) {
            assertThat(get(port, "/health").statusCode()).isEqualTo(200);
            HttpResponse<String> notReady = get(port, "/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("\"echo-dependency\"", "DOWN");

            dependencyUp.set(true);
            assertThat(get(port, "/ready").statusCode()).isEqualTo(200);

            assertThat(get(port, "/echo").body()).isEqualTo("echo");
            HttpResponse<String> metrics = get(port, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
            assertThat(metrics.body()).contains("jvm_memory_used_bytes", "process=\"echo\"");
        }
        assertThatThrownBy(() -> get(port, "/health")).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aStageThatCannotInstallStopsStartWithItsReason() {
        Stage broken = new Stage() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void install(StageContext context) {
                throw new IllegalArgumentException("no sources file at /nowhere.yml");
            }
        };
        assertThatThrownBy(() -> Pipeline.start(settings(freePort()), List.of(broken)))
                .isInstanceOf(PipelineStartException.class)
                .hasMessageContaining("broken")
                .hasMessageContaining("no sources file at /nowhere.yml");
    }

    @Test
    void aSettingAStageRefusesAtInstallStaysAConfigurationError() {
        Stage picky = new Stage() {
            @Override
            public String name() {
                return "picky";
            }

            @Override
            public void install(StageContext context) {
                throw new ConfigException("IMH_NORMALIZE_EXTRACTORS: unknown extractor 'magic'");
            }
        };
        assertThatThrownBy(() -> Pipeline.start(settings(freePort()), List.of(picky)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("picky: IMH_NORMALIZE_EXTRACTORS: unknown extractor 'magic'");
    }

    @Test
    void aTakenPortStopsStartBeforeAnythingStartsWithTheSettingToChange() throws Exception {
        AtomicBoolean installed = new AtomicBoolean(false);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> Pipeline.start(settings(taken.getLocalPort()), List.of(recording(installed))))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("IMH_HTTP_PORT " + taken.getLocalPort() + " is taken on 127.0.0.1");
        }
        assertThat(installed).as("no stage was installed").isFalse();
    }

    @Test
    void anAddressNotOfThisMachineStopsStartNamingIMH_HTTP_HOST() {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine; nothing is sent to it
        Settings settings = Settings.of(Map.of("IMH_HTTP_HOST", "192.0.2.1", "IMH_HTTP_PORT", "8080"));

        assertThatThrownBy(() -> Pipeline.start(settings, List.of(recording(new AtomicBoolean()))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_HTTP_HOST 192.0.2.1 cannot be bound");
    }

    @Test
    void aPortTakenWhileStartingIsFoundOnceCamelHasStartedAndEverythingStops() throws Exception {
        int port = freePort();
        ServerSocket[] thief = new ServerSocket[1];
        Stage takesThePort = new Stage() {
            @Override
            public String name() {
                return "thief";
            }

            @Override
            public void install(StageContext context) throws Exception {
                // after the check before start, before Camel's HTTP server binds: the race the check cannot see
                thief[0] = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
            }
        };
        try {
            assertThatThrownBy(() -> Pipeline.start(settings(port), List.of(takesThePort)))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("IMH_HTTP_PORT " + port + " is taken");
        } finally {
            thief[0].close();
        }
    }

    @Test
    void portZeroListensOnAPortOfItsOwn() throws Exception {
        try (Pipeline pipeline = Pipeline.start(settings(0), List.of(recording(new AtomicBoolean())))) {
            assertThat(pipeline.httpPort()).isPositive();
            assertThat(get(pipeline.httpPort(), "/health").statusCode()).isEqualTo(200);
        }
    }

    private static Stage recording(AtomicBoolean installed) {
        return new Stage() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public void install(StageContext context) {
                installed.set(true);
            }
        };
    }

    @Test
    void aManagedResourceIsClosedWhenThePipelineStops() throws Exception {
        AtomicBoolean closed = new AtomicBoolean(false);
        AutoCloseable producer = () -> closed.set(true);
        Stage holding = new Stage() {
            @Override
            public String name() {
                return "holding";
            }

            @Override
            public void install(StageContext context) throws Exception {
                assertThat(context.manage(producer)).isSameAs(producer);
            }
        };
        try (Pipeline pipeline = Pipeline.start(settings(freePort()), List.of(holding))) {
            assertThat(closed).isFalse();
        }
        assertThat(closed).isTrue();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Settings settings(int port) {
        return Settings.of(Map.of("IMH_HTTP_PORT", String.valueOf(port)));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private record EchoStage(AtomicBoolean dependencyUp) implements Stage {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public void install(StageContext context) throws Exception {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("platform-http:/echo").routeId("echo").setBody(constant("echo"));
                }
            });
            context.addHealthCheck(new AbstractHealthCheck("echo-dependency") {
                @Override
                protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
                    if (dependencyUp.get()) {
                        builder.up();
                    } else {
                        builder.down().message("dependency unreachable");
                    }
                }

                @Override
                public boolean isLiveness() {
                    return false;
                }
            });
        }
    }
}
