package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** How {@code status}, {@code crawl} and {@code reindex} find the stack, and what they say when there is none. */
class StackTargetTest {
    @TempDir
    Path dataDir;

    @Test
    void aRecordIsReadBackWholeAndFoundWhileItsProcessRuns() {
        StackRecord written = StackRecord.ofThisProcess("127.0.0.1:19092", "http://127.0.0.1:19200",
                "http://127.0.0.1:18080", Path.of("sources.yml"), dataDir.resolve("tokens.env"));
        written.write(dataDir);

        assertThat(StackRecord.read(dataDir)).contains(written);
        assertThat(StackRecord.running(dataDir)).contains(written);
        assertThat(written.sources()).isEqualTo(Path.of("sources.yml").toAbsolutePath().toString());
    }

    @Test
    void aRecordLeftByAKilledRunIsIgnored() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        record(dataDir, gone.pid(), "127.0.0.1:19092");

        assertThat(StackRecord.running(dataDir)).isEmpty();
    }

    @Test
    void aCleanStopRemovesOnlyItsOwnRecord() {
        record(dataDir, ProcessHandle.current().pid(), "127.0.0.1:19092");
        StackRecord.removeOwn(dataDir);
        assertThat(StackRecord.read(dataDir)).isEmpty();

        record(dataDir, ProcessHandle.current().parent().orElseThrow().pid(), "127.0.0.1:19092");
        StackRecord.removeOwn(dataDir);
        assertThat(StackRecord.read(dataDir)).isPresent();
    }

    @Test
    void theRunningStacksAddressesAndSourcesAreUsedWhenNotGiven() {
        record(dataDir.resolve("demo"), ProcessHandle.current().pid(), "127.0.0.1:19092");

        Settings resolved = StackTarget.resolve(settings(Map.of()));

        assertThat(resolved.get(ConfigKeys.KAFKA_BOOTSTRAP)).isEqualTo("127.0.0.1:19092");
        assertThat(resolved.get(ConfigKeys.ES_URL)).hasToString("http://127.0.0.1:19200");
        assertThat(resolved.get(ConfigKeys.SOURCES)).isEqualTo(Path.of("/demo/sources.yml"));
    }

    @Test
    void anExplicitSettingWinsOverTheRecord() {
        record(dataDir, ProcessHandle.current().pid(), "127.0.0.1:19092");

        Settings resolved = StackTarget.resolve(settings(Map.of("IMH_KAFKA_BOOTSTRAP", "kafka.example:9093",
                "IMH_SOURCES", "mine.yml")));

        assertThat(resolved.get(ConfigKeys.KAFKA_BOOTSTRAP)).isEqualTo("kafka.example:9093");
        assertThat(resolved.get(ConfigKeys.SOURCES)).isEqualTo(Path.of("mine.yml"));
        assertThat(resolved.get(ConfigKeys.ES_URL)).hasToString("http://127.0.0.1:19200");
    }

    @Test
    void withoutARecordTheLocalPortsSayWhereUpWouldRun() {
        Settings resolved = StackTarget.resolve(settings(Map.of("IMH_LOCAL_KAFKA_PORT", "29092", "IMH_LOCAL_ES_PORT", "29200")));

        assertThat(resolved.get(ConfigKeys.KAFKA_BOOTSTRAP)).isEqualTo("127.0.0.1:29092");
        assertThat(resolved.get(ConfigKeys.ES_URL)).hasToString("http://127.0.0.1:29200");
        assertThat(resolved.get(ConfigKeys.SOURCES)).isEqualTo(Path.of("deploy/sources.yml"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status", "crawl"})
    void withNoStackRunningACommandSaysSoWithinThreeSeconds(String name) throws Exception {
        Settings settings = settings(Map.of("IMH_LOCAL_KAFKA_PORT", String.valueOf(closedPort())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Callable<Integer> command;
        if (name.equals("status")) {
            StatusCommand status = new StatusCommand(print);
            status.settings = () -> settings;
            command = status;
        } else {
            CrawlCommand crawl = new CrawlCommand(print);
            crawl.settings = () -> settings;
            command = crawl;
        }
        StringWriter err = new StringWriter();

        long started = System.nanoTime();
        int exit = new CommandLine(command).setExecutionExceptionHandler(new FriendlyErrors())
                .setErr(new PrintWriter(err, true)).execute();
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("imh %s with no stack running: exit %d in %.2f s%n", name, exit, seconds);
        assertThat(exit).isEqualTo(CrawlCommand.NO_ANSWER);
        assertThat(err.toString()).contains("no stack running in " + dataDir.toAbsolutePath());
        assertThat(seconds).isLessThan(3);
    }

    private Settings settings(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("IMH_DATA_DIR", dataDir.toString());
        return Settings.of(all);
    }

    private static void record(Path folder, long pid, String kafka) {
        new StackRecord(pid, kafka, "http://127.0.0.1:19200", "http://127.0.0.1:18080",
                folder.getFileName().toString().equals("demo") ? "/demo/sources.yml" : "/up/sources.yml", null,
                Instant.now()).write(folder);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
