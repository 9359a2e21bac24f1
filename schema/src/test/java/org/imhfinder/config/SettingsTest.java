package org.imhfinder.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {
    @Test
    void everySettingHasAWorkingDefaultOrIsOptional() {
        Settings defaults = Settings.defaults();

        assertThat(defaults.get(ConfigKeys.HTTP_PORT)).isEqualTo(8080);
        assertThat(defaults.get(ConfigKeys.CRAWL_DELAY)).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.get(ConfigKeys.FRESHNESS_AGING_AFTER)).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.get(ConfigKeys.CRAWL_ALLOW_PRIVATE_NETWORKS)).isFalse();
        assertThat(defaults.get(ConfigKeys.OPERATOR_TOKENS)).isEmpty();
        assertThat(defaults.find(ConfigKeys.STACK_DIST)).isEmpty();
    }

    @Test
    void theEnvironmentOverridesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("imh.properties");
        Files.writeString(file, "# local\nimh.http.port=9000\nimh.crawl.delay=PT2S\n");

        Settings settings = Settings.load(Map.of("IMH_CONFIG", file.toString(), "IMH_HTTP_PORT", "9100"));

        assertThat(settings.get(ConfigKeys.HTTP_PORT)).isEqualTo(9100);
        assertThat(settings.get(ConfigKeys.CRAWL_DELAY)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aMisspeltKeyInTheFileIsRefusedWithFileLineAndASuggestion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("imh.properties");
        Files.writeString(file, "imh.http.port=9000\nimh.crawl.dealy=PT2S\n");

        assertThatThrownBy(() -> Settings.load(Map.of("IMH_CONFIG", file.toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + ":2")
                .hasMessageContaining("did you mean imh.crawl.delay?");
    }

    @Test
    void anUnknownImhEnvironmentVariableIsRefused() {
        assertThatThrownBy(() -> Settings.load(Map.of("IMH_HTTP_PROT", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_HTTP_PROT")
                .hasMessageContaining("IMH_HTTP_PORT");
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        assertThatThrownBy(() -> Settings.of(Map.of("IMH_HTTP_PORT", "eighty", "IMH_CRAWL_DELAY", "1 second")))
                .hasMessageContaining("IMH_HTTP_PORT: expected a whole number")
                .hasMessageContaining("IMH_CRAWL_DELAY: expected an ISO-8601 duration");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"IMH_API_SEARCH_CONCURRENCY, 0", "IMH_API_SEARCH_CONCURRENCY, 17", "IMH_API_SEARCH_TIMEOUT, PT0.05S",
            "IMH_API_SEARCH_TIMEOUT, PT60S"})
    void theSearchLimitsStayWhereTheHttpServerKeepsAnswering(String key, String value) {
        assertThatThrownBy(() -> Settings.of(Map.of(key, value))).hasMessageContaining(key);
    }

    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource({"PT1S, 1", "PT0.5S, 0.5", "P30D, 2592000", "P2W, 1209600", "PT0S, 0"})
    void durationsAreIsoDurationsOrPeriodsOfDays(String text, double seconds) {
        Duration parsed = Settings.of(Map.of("IMH_CRAWL_DELAY", text)).get(ConfigKeys.CRAWL_DELAY);
        assertThat(parsed.toMillis()).isEqualTo((long) (seconds * 1000));
    }

    @Test
    void secretsAreMaskedWhenDescribed() {
        Settings settings = Settings.of(Map.of("IMH_CURATOR_TOKENS", "s3cret,other"));

        assertThat(settings.get(ConfigKeys.CURATOR_TOKENS)).isEqualTo(List.of("s3cret", "other"));
        assertThat(settings.describe()).contains("IMH_CURATOR_TOKENS=****").doesNotContain("s3cret");
    }

    @Test
    void camelPlaceholdersSeeDottedNames() {
        assertThat(Settings.of(Map.of("IMH_HTTP_PORT", "9001")).asProperties().getProperty("imh.http.port")).isEqualTo("9001");
    }

    @Test
    void theIndexerSettingsHaveDefaultsAndRefuseNonsense() {
        Settings defaults = Settings.defaults();
        assertThat(defaults.get(ConfigKeys.INDEXER_BATCH_SIZE)).isEqualTo(500);
        assertThat(defaults.get(ConfigKeys.FRESHNESS_FETCH_ERRORS)).isEqualTo(3);
        assertThat(defaults.get(ConfigKeys.FRESHNESS_DEGRADED_RATIO)).isEqualTo(0.5);
        assertThat(defaults.get(ConfigKeys.FRESHNESS_SWEEP_INTERVAL)).isEqualTo(Duration.ofMinutes(5));

        assertThatThrownBy(() -> Settings.of(Map.of("IMH_INDEXER_BATCH_SIZE", "0", "IMH_FRESHNESS_DEGRADED_RATIO", "1.5")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_INDEXER_BATCH_SIZE")
                .hasMessageContaining("IMH_FRESHNESS_DEGRADED_RATIO");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"PT5S", "PT31M", "soon"})
    void aKafkaSessionTimeoutOutsideTheBrokersBoundsIsRefused(String value) {
        assertThatThrownBy(() -> Settings.of(Map.of("IMH_KAFKA_SESSION_TIMEOUT", value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_KAFKA_SESSION_TIMEOUT");
    }

    @Test
    void theKafkaSessionTimeoutIsKafkasOwnDefaultUnlessSet() {
        assertThat(Settings.defaults().get(ConfigKeys.KAFKA_SESSION_TIMEOUT)).isEqualTo(Duration.ofSeconds(45));
        assertThat(Settings.of(Map.of("IMH_KAFKA_SESSION_TIMEOUT", "PT10S")).get(ConfigKeys.KAFKA_SESSION_TIMEOUT))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theNormalizeBoundsHaveDefaultsAndRefuseNonsense() {
        assertThat(Settings.defaults().get(ConfigKeys.NORMALIZE_DEADLINE)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Settings.defaults().get(ConfigKeys.NORMALIZE_MAX_ATTEMPTS)).isEqualTo(3);

        assertThatThrownBy(() -> Settings.of(Map.of("IMH_NORMALIZE_DEADLINE", "PT0S", "IMH_NORMALIZE_MAX_ATTEMPTS", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_NORMALIZE_DEADLINE")
                .hasMessageContaining("IMH_NORMALIZE_MAX_ATTEMPTS");
    }

    /** Values no stage can work with are refused with the settings, before anything starts. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "IMH_CRAWL_WORKERS           | 0         | expected a whole number of at least 1",
            "IMH_CRAWL_WORKERS           | -3        | expected a whole number of at least 1",
            "IMH_CRAWL_MAX_BODY_BYTES    | 0         | at least 1",
            "IMH_CRAWL_RETRIES           | -1        | at least 0",
            "IMH_CRAWL_CONNECT_TIMEOUT   | PT0S      | longer than zero",
            "IMH_CRAWL_TOTAL_TIMEOUT     | -PT5S     | longer than zero",
            "IMH_CRAWL_DELAY             | -PT1S     | zero or more",
            "IMH_FRESHNESS_SWEEP_INTERVAL| PT0S      | longer than zero",
            "IMH_NORMALIZE_DOCUMENTS_MAX | -1        | at least 0",
            "IMH_LOCAL_ES_HEAP           | lots      | heap size",
            "IMH_HTTP_HOST               | 'http://x'| host name or IP address",
            "IMH_OPERATOR_TOKENS         | sha256:zz | sha256",
            "IMH_CURATOR_TOKENS          | 'ok,sha256:abc' | token 2 of 2",
    })
    void aValueNoStageCanWorkWithIsRefusedNamingItsSetting(String setting, String value, String reason) {
        assertThatThrownBy(() -> Settings.of(Map.of(setting, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("environment variable " + setting + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void aBadTokenIsNamedByItsPlaceNeverByItsText() {
        assertThatThrownBy(() -> Settings.of(Map.of("IMH_CURATOR_TOKENS", "first,sha256:not-a-digest-s3cret")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_CURATOR_TOKENS")
                .hasMessageContaining("token 2 of 2")
                .message().doesNotContain("s3cret");
    }

    @Test
    void tokensAsDigestsAndPlainTokensAreTaken() {
        String digest = "sha256:" + "ab".repeat(32);
        assertThat(Settings.of(Map.of("IMH_OPERATOR_TOKENS", "plain-token, " + digest)).get(ConfigKeys.OPERATOR_TOKENS))
                .containsExactly("plain-token", digest);
    }

    @Test
    void settingsThatMustAgreeAreCheckedTogether() {
        assertThatThrownBy(() -> Settings.of(Map.of("IMH_INGEST_INSTANCES", "2", "IMH_INGEST_INSTANCE", "2")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_INGEST_INSTANCE is 2 but must be below IMH_INGEST_INSTANCES (2)");
        assertThatThrownBy(() -> Settings.of(Map.of("IMH_FRESHNESS_AGING_AFTER", "P60D", "IMH_FRESHNESS_STALE_AFTER", "P30D")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_FRESHNESS_STALE_AFTER (PT720H) must not be shorter than IMH_FRESHNESS_AGING_AFTER");
        assertThatThrownBy(() -> Settings.of(Map.of("IMH_CONSUMER_STUCK_AFTER", "PT1M")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_CONSUMER_STUCK_AFTER (PT1M) must be longer than IMH_INDEXER_RETRY_FOR (PT1M)");
        assertThat(Settings.of(Map.of("IMH_INGEST_INSTANCES", "2", "IMH_INGEST_INSTANCE", "1")).get(ConfigKeys.INGEST_INSTANCE))
                .isEqualTo(1);
    }

    @Test
    void theLaunchersJavaOptionsAreAKnownSetting() {
        assertThat(Settings.of(Map.of("IMH_JAVA_OPTS", "-Xmx2g -XX:StartFlightRecording=filename=a.jfr,settings=profile"))
                .get(ConfigKeys.JAVA_OPTS)).startsWith("-Xmx2g");
    }

    @Test
    void aBadValueInTheFileNamesItsKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("imh.properties");
        Files.writeString(file, "imh.crawl.workers=0\n");

        assertThatThrownBy(() -> Settings.load(Map.of("IMH_CONFIG", file.toString())))
                .hasMessageContaining(file + ":1 (imh.crawl.workers): expected a whole number of at least 1");
    }

    @Test
    void aSettingIsGivenWhenSetAnywhereAndNotWhenAtItsDefault(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("imh.properties");
        Files.writeString(file, "imh.es.url=http://127.0.0.1:9300\n");
        Settings settings = Settings.load(Map.of("IMH_CONFIG", file.toString(), "IMH_SOURCES", "s.yml"));

        assertThat(settings.isGiven(ConfigKeys.ES_URL)).isTrue();
        assertThat(settings.isGiven(ConfigKeys.SOURCES)).isTrue();
        assertThat(settings.isGiven(ConfigKeys.KAFKA_BOOTSTRAP)).isFalse();
        Settings changed = settings.with(ConfigKeys.DATA_DIR, "elsewhere");
        assertThat(changed.isGiven(ConfigKeys.DATA_DIR)).isTrue();
        assertThat(changed.isGiven(ConfigKeys.KAFKA_BOOTSTRAP)).isFalse();
        assertThat(changed.get(ConfigKeys.SOURCES)).isEqualTo(Path.of("s.yml"));
    }
}
