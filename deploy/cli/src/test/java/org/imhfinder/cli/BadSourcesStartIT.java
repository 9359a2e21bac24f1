package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sources file with a bad hand-rule selector stops every entry point with exit code 2 and the
 * file's line, before Kafka or Elasticsearch are started or reached: each runs as its own JVM, as an
 * operator starts it. The time each took is printed (it depends on the machine; it is not asserted).
 */
class BadSourcesStartIT {
    private static final String SOURCES = """
            sources:
              - id: ruled
                name: A provider with a hand rule
                providerType: NONPROFIT
                seeds: [https://ruled.example.org/]
                extraction:
                  - urlPattern: "/programs/.*"
                    fields:
                      name: "h1[class"
            """;

    @TempDir
    Path dir;

    /** A JVM that only prints its version, timed on the same machine now: the floor the times are read against. */
    private static long baselineMillis;

    @org.junit.jupiter.api.BeforeAll
    static void timeABareJvm() throws Exception {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(javaBinary(), "-version").redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor(60, TimeUnit.SECONDS);
        baselineMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("a bare JVM (java -version): %d ms%n", baselineMillis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "imh up                 | org.imhfinder.cli.Imh                  | up",
            "imh run ingest         | org.imhfinder.cli.Imh                  | run ingest",
            "imh run normalize      | org.imhfinder.cli.Imh                  | run normalize",
            "imh run search-api     | org.imhfinder.cli.Imh                  | run search-api",
            "ingest's main          | org.imhfinder.ingest.IngestMain        | ''",
            "normalize's main       | org.imhfinder.normalize.NormalizeMain  | ''",
            "search-api's main      | org.imhfinder.searchapi.SearchApiMain  | ''"})
    void aBadSelectorStopsStartUpWithExitCodeTwoAndTheLine(String what, String mainClass, String args) throws Exception {
        Path sources = Files.writeString(dir.resolve("sources.yml"), SOURCES);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"), mainClass));
        if (!args.isBlank()) {
            command.addAll(List.of(args.split(" ")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("IMH_SOURCES", sources.toString());
        builder.environment().put("IMH_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("IMH_KAFKA_BOOTSTRAP", "127.0.0.1:9"); // nothing listens: a stage reaching out would hang, not exit 2
        builder.environment().put("IMH_ES_URL", "http://127.0.0.1:9");
        builder.environment().put("IMH_HTTP_PORT", "0");

        long started = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }

        System.out.printf("start with a bad selector, %s: exit %s in %d ms (JVM start included; %.1fx a bare JVM)%n", what,
                ended ? process.exitValue() : "none", millis, millis / (double) Math.max(1, baselineMillis));
        assertThat(ended).as(what + " ended; printed:\n" + output).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains(sources + ":9: field 'name' has an invalid CSS selector 'h1[class'")
                .doesNotContain("Starting Kafka");
        assertThat(dir.resolve("data").resolve("kafka")).doesNotExist();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
