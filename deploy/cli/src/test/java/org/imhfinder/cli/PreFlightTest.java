package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.imhfinder.config.ConfigException;
import org.imhfinder.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whatever a stage would refuse once Kafka and Elasticsearch are up is refused before they start. */
class PreFlightTest {
    private static final String SOURCE = """
            sources:
              - id: s
                name: S
                providerType: OTHER
                seeds: [https://a.org/]
            """;

    @TempDir
    Path dir;

    @Test
    void aTakenHttpPortStopsUpBeforeKafkaAndElasticsearchStart() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Settings settings = settings(SOURCE, Map.of("IMH_HTTP_PORT", String.valueOf(taken.getLocalPort())));

            assertThatThrownBy(() -> new LocalRun(new PrintStream(printed, true, StandardCharsets.UTF_8))
                    .runUntilStopped(settings, dir.resolve("data"), null))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("IMH_HTTP_PORT " + taken.getLocalPort() + " is taken");
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("Starting Kafka", "is up");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a cron schedule that is not one     | '    schedule: \"0 0 25 * * ?\"\\n' |  | sources.yml:6: schedule",
            "a hand rule whose selector is wrong | '    extraction:\\n      - urlPattern: \"/.*\"\\n        fields: { name: \"h1[\" }\\n' |  | sources.yml:8: field",
            "an extractor nobody knows           | '' | IMH_NORMALIZE_EXTRACTORS=generic,magic | IMH_NORMALIZE_EXTRACTORS: unknown extractor 'magic'",
            "a CA file that is not there         | '' | IMH_ES_CA_CERT=/nowhere/ca.pem | IMH_ES_CA_CERT: cannot read /nowhere/ca.pem",
    })
    void aProblemAStageWouldFindLaterIsFoundBeforeAnythingStarts(String what, String extra, String setting, String reason) {
        Map<String, String> values = new HashMap<>();
        if (setting != null) {
            values.put(setting.split("=", 2)[0], setting.split("=", 2)[1]);
        }
        Settings settings = settings(SOURCE + extra.replace("\\n", "\n"), values);

        assertThatThrownBy(() -> PreFlight.check(settings))
                .as(what)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void aSoundConfigurationPasses() {
        assertThat(PreFlight.check(settings(SOURCE, Map.of("IMH_HTTP_PORT", "0")))).hasSize(1);
    }

    private Settings settings(String sources, Map<String, String> values) {
        try {
            Path file = Files.writeString(dir.resolve("sources.yml"), sources);
            Map<String, String> all = new HashMap<>(values);
            all.put("IMH_SOURCES", file.toString());
            all.putIfAbsent("IMH_HTTP_PORT", "0");
            return Settings.of(all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
