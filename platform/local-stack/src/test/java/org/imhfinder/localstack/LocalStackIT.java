package org.imhfinder.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackIT {
    static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        Path data = java.nio.file.Files.createDirectories(Path.of("target", "stack-" + System.nanoTime())).toAbsolutePath();
        stack = LocalStack.start(new LocalStack.Options(StackDistribution.locate(null), data, 0, 0, "384m",
                Duration.ofSeconds(120)));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void kafkaHasEveryPipelineTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .containsAll(Topics.ALL.stream().map(Topics.TopicSpec::name).toList());
        }
    }

    @Test
    void elasticsearchStemsEnglishWithTheProjectsPlugin() throws Exception {
        String body = """
                {"tokenizer":"standard","filter":["lowercase","imh_ascii_folding","imh_english_possessive","stop","imh_porter_stem"],
                 "text":"Programs for Infant Mental Health Specialists"}""";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        stack.elasticsearchUrl().resolve("/_analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"token\":\"program\"", "\"token\":\"specialist\"")
                .doesNotContain("\"token\":\"for\"");
    }

    @Test
    void elasticsearchComesBackOnTheSameUrlWithItsDataAfterAnOutage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI doc = stack.elasticsearchUrl().resolve("/outage-check/_doc/1?refresh=true");
        http.send(HttpRequest.newBuilder(doc).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"kept\":true}")).build(), HttpResponse.BodyHandlers.ofString());
        URI before = stack.elasticsearchUrl();

        stack.stopElasticsearch();
        assertThat(stack.elasticsearch().isAlive()).isFalse();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(doc).GET().build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.io.IOException.class);
        stack.startElasticsearch();

        assertThat(stack.elasticsearchUrl()).isEqualTo(before);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(stack.elasticsearchUrl().resolve("/outage-check/_doc/1"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("\"kept\":true");
    }

    @Test
    void bothServersAreRealProcessesOnLoopback() {
        assertThat(stack.kafka().isAlive()).isTrue();
        assertThat(stack.elasticsearch().isAlive()).isTrue();
        assertThat(stack.kafkaBootstrap()).startsWith("127.0.0.1:");
        assertThat(stack.elasticsearchUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(ProcessHandle.of(stack.elasticsearch().pid())).isPresent();
    }

    @Test
    void aTakenPortFailsWithTheReasonAndTheLog(@TempDir Path other) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> KafkaBroker.start(StackDistribution.locate(null), other.resolve("kafka"),
                    taken.getLocalPort(), Duration.ofSeconds(30)))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("kafka.log");
        }
    }

    @Test
    void aMissingDistributionSaysHowToBuildIt(@TempDir Path empty) {
        assertThatThrownBy(() -> StackDistribution.locate(empty))
                .isInstanceOf(StackException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("mvn");
    }

    @Test
    void stoppingEndsBothProcesses() throws Exception {
        Path second = java.nio.file.Files.createDirectories(Path.of("target", "stack-" + System.nanoTime())).toAbsolutePath();
        LocalStack another = LocalStack.start(new LocalStack.Options(StackDistribution.locate(null), second, 0, 0,
                "256m", Duration.ofSeconds(120)));
        List<ProcessHandle> processes = List.of(ProcessHandle.of(another.kafka().pid()).orElseThrow(),
                ProcessHandle.of(another.elasticsearch().pid()).orElseThrow());
        another.close();
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(URI.create(another.kafkaBootstrap().replaceFirst("^", "tcp://")).getPort())
                .satisfies(port -> assertThat(FreePorts.inUse(port)).isFalse());
    }
}
