package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.InterceptStrategy;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.route.NormalizeRoutes;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.runtime.Stage;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.PoisonRecords;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real stage (normalize) on the real Kafka whose consumer stops consuming: {@code /ready} and
 * {@code /health} turn 503 and say which route and why, instead of answering 200 while nothing is
 * consumed any more.
 */
@ExtendWith(ImhStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsumerLivenessIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration STUCK_AFTER = Duration.ofSeconds(6);
    private TestStack stack;
    private Pipeline pipeline;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startNormalize(TestStack stack) throws Exception {
        this.stack = stack;
        stack.reset(); // a record a test left uncommitted must not reach the next one
        Path sources = Files.createDirectories(Path.of("target", "consumer-liveness-it")).resolve("sources.yml");
        Files.writeString(sources, """
                sources:
                  - id: s
                    name: S
                    providerType: OTHER
                    seeds: [https://a.example.org/]
                """);
        pipeline = Pipeline.start(stack.settings(Map.of("IMH_HTTP_PORT", "0", "IMH_SOURCES", sources.toString(),
                        "IMH_CONSUMER_STUCK_AFTER", "PT" + STUCK_AFTER.toSeconds() + "S", "IMH_INDEXER_RETRY_FOR", "PT1S")),
                List.of(new Poison(release), new NormalizeStage()));
        await("normalize ready").atMost(Duration.ofSeconds(120)).until(() -> status("/ready") == 200);
        assertThat(status("/health")).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void aStoppedConsumerRouteTurnsReadyAndHealthDown() throws Exception {
        pipeline.camel().getRouteController().stopRoute(NormalizeRoutes.ROUTE_ID);

        awaitBothDown("normalize-pages: stopped after it had started");
    }

    @Test
    @Order(2)
    void anExceptionCausedByAnErrorTurnsReadyAndHealthDown() throws Exception {
        send("an-error-inside");

        awaitBothDown("threw java.lang.StackOverflowError");
        assertThat(status("/metrics")).as("the process itself still answers").isEqualTo(200);
    }

    @Test
    @Order(3)
    void aRecordInProcessingTooLongTurnsBothDownUntilItIsDone() throws Exception {
        send("a-stuck-record");

        awaitBothDown("not polled for");
        release.countDown();
        await("back up once the record is done").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> status("/health") == 200);
    }

    /** Last: a consumer whose loop an error ended is closed only when Camel stops. */
    @Test
    @Order(4)
    void anErrorThatEndsTheConsumerLoopTurnsReadyAndHealthDown() throws Exception {
        long sent = send("an-error");

        awaitBothDown("normalize-pages: 1 poll loop(s) ended");
        System.out.printf("LIVENESS: a record's StackOverflowError ended normalize's poll loop; /ready and /health 503"
                + " %.1f s after the record was written%n", (System.nanoTime() - sent) / 1e9);
    }

    private long send(String key) {
        try (PoisonRecords records = new PoisonRecords(stack)) {
            long at = System.nanoTime();
            records.send(Topics.PAGES, key, "{\"schemaVersion\":1,\"url\":\"https://a.example.org/" + key + "\"}");
            return at;
        }
    }

    private void awaitBothDown(String reason) throws Exception {
        await("/ready and /health 503 saying " + reason).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> status("/ready") == 503 && status("/health") == 503);
        assertThat(body("/health")).contains(reason);
        assertThat(body("/ready")).contains(reason);
    }

    private int status(String path) throws Exception {
        return get(path).statusCode();
    }

    private String body(String path) throws Exception {
        return get(path).body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pipeline.httpPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Poison for normalize's page route, installed before the stage: a record keyed {@code an-error}
     * makes a step of its processing throw a {@link StackOverflowError} (as a page too deeply nested
     * for a recursive reader would), which ends the consumer's poll loop; {@code an-error-inside}
     * makes it fail with an exception caused by one; {@code a-stuck-record} keeps its processing
     * busy until the test releases it.
     */
    private record Poison(CountDownLatch release) implements Stage {
        @Override
        public String name() {
            return "poison";
        }

        @Override
        public void install(StageContext context) {
            context.camel().getCamelContextExtension().addInterceptStrategy(new InterceptStrategy() {
                @Override
                public Processor wrapProcessorInInterceptors(CamelContext camel, NamedNode definition, Processor target,
                                                             Processor nextTarget) {
                    if (!(definition instanceof ProcessorDefinition<?> processor)) {
                        return target;
                    }
                    RouteDefinition route = ProcessorDefinitionHelper.getRoute(processor);
                    if (route == null || !NormalizeRoutes.ROUTE_ID.equals(route.getRouteId())) {
                        return target;
                    }
                    // a stage's step, a plain processor: Camel catches its exceptions, and nothing catches its Errors
                    return exchange -> {
                        List<String> keys = keys(exchange);
                        if (keys.contains("an-error")) {
                            throw new StackOverflowError("a page nested deeper than the reader's stack");
                        }
                        if (keys.contains("an-error-inside")) {
                            throw new IllegalStateException("the reader failed", new StackOverflowError("nested too deep"));
                        }
                        if (keys.contains("a-stuck-record")) {
                            release.await(2, TimeUnit.MINUTES);
                        }
                        target.process(exchange);
                    };
                }
            });
        }

        /** The keys of the records an exchange of the route carries (the route takes a poll's records as a list). */
        private static List<String> keys(Exchange exchange) {
            List<String> keys = new ArrayList<>();
            keys.add(exchange.getMessage().getHeader("kafka.KEY", String.class));
            if (exchange.getMessage().getBody() instanceof List<?> records) {
                for (Object record : records) {
                    if (record instanceof Exchange polled) {
                        keys.add(polled.getMessage().getHeader("kafka.KEY", String.class));
                    }
                }
            }
            return keys;
        }
    }
}
