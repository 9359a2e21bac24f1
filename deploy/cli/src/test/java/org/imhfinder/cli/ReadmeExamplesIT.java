package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.Json;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's examples, run as written against the demo on ports other than the defaults.
 *
 * <p>Which blocks: every fenced block right after a line {@value #EXAMPLE} in README.md. The block
 * after {@value #ENVIRONMENT} is what a person runs first (sourcing the demo's {@code stack.env}
 * and {@code tokens.env}); it is run before each example, with {@code .imh/demo/} pointing at this
 * test's data folder. Each example runs with {@code bash -e} from the repository root and must exit
 * 0 (the examples use {@code curl -f}, so an HTTP error fails them).
 *
 * <p>The stack: the demo's websites and sources ({@link DemoWeb}), tokens and {@code stack.env}
 * written by {@link LocalRun}'s own code, every stage in this JVM; Kafka and Elasticsearch are the
 * test stack's rather than a fresh pair, which would take minutes on a busy machine.
 */
@ExtendWith(ImhStackExtension.class)
class ReadmeExamplesIT {
    static final String EXAMPLE = "<!-- example: runs against the demo -->";
    static final String ENVIRONMENT = "<!-- example: environment -->";

    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static DemoWeb web;
    private static Pipeline pipeline;
    private static Path dataDir;
    private static String api;

    @BeforeAll
    static void startTheDemo(TestStack stack) throws Exception {
        stack.reset();
        dataDir = Files.createDirectories(Path.of("target", "readme-examples-it", "demo").toAbsolutePath());
        web = DemoWeb.start(0, dataDir);
        Settings settings = stack.settings(Map.of(
                "IMH_SOURCES", web.sourcesFile().toString(),
                "IMH_HTTP_PORT", String.valueOf(freePort())));
        LocalRun.Tokens tokens = new LocalRun(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .withTokens(settings, dataDir);
        pipeline = Pipeline.start(tokens.settings(), AllStages.all());
        api = "http://" + settings.get(ConfigKeys.HTTP_HOST) + ":" + pipeline.httpPort();
        LocalRun.writeStackEnv(dataDir, api);
        // the demo's first start crawls every source; the examples search what it found
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> total("/api/v1/programs?q=endorsement") > 0);
    }

    @AfterAll
    static void stopTheDemo() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (web != null) {
            web.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyMarkedExampleRunsAsWritten() throws Exception {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        List<String> environment = blocksAfter(readme, ENVIRONMENT);
        List<String> examples = blocksAfter(readme, EXAMPLE);
        assertThat(environment).as("the README's environment block").hasSize(1);
        assertThat(examples).as("the README's examples").hasSizeGreaterThanOrEqualTo(2);
        String prelude = environment.get(0).replace(".imh/demo/", dataDir + "/");
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.lines().findFirst().orElse(""),
                () -> run(prelude, example)));
    }

    private static void run(String prelude, String example) throws Exception {
        Process process = new ProcessBuilder("bash", "-e", "-c", prelude + "\n" + example)
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("finished within a minute: %s", example).isTrue();
        assertThat(process.exitValue()).as("exit code of%n%s%noutput:%n%s", example, output).isZero();
    }

    /** The text of every fenced block that follows a line equal to the marker (blank lines between allowed). */
    static List<String> blocksAfter(List<String> lines, String marker) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals(marker)) {
                continue;
            }
            int open = i + 1;
            while (open < lines.size() && lines.get(open).isBlank()) {
                open++;
            }
            assertThat(open < lines.size() && lines.get(open).startsWith("```"))
                    .as("a fenced block follows the marker on line %d", i + 1).isTrue();
            StringBuilder block = new StringBuilder();
            int line = open + 1;
            for (; line < lines.size() && !lines.get(line).startsWith("```"); line++) {
                block.append(lines.get(line)).append('\n');
            }
            blocks.add(block.toString());
            i = line;
        }
        return blocks;
    }

    private static long total(String pathAndQuery) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(api + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? Json.mapper().readTree(response.body()).path("total").asLong() : 0;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
