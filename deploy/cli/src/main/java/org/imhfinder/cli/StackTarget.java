package org.imhfinder.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;

/**
 * Which stack {@code status}, {@code crawl} and {@code reindex} talk to. A setting given
 * explicitly ({@code IMH_KAFKA_BOOTSTRAP}, {@code IMH_ES_URL}, {@code IMH_SOURCES}) wins; otherwise
 * the record of the {@code ./imh up} or {@code ./imh demo} running on {@code IMH_DATA_DIR}
 * ({@link StackRecord}); otherwise where {@code ./imh up} would run ({@code IMH_LOCAL_KAFKA_PORT},
 * {@code IMH_LOCAL_ES_PORT}). Kafka is then knocked on once, briefly, so that a stack that is down
 * is said in a second rather than after Kafka's client has retried for a quarter of a minute.
 */
final class StackTarget {
    /** How long a knock on Kafka's port waits: on this machine a refusal is immediate. */
    static final Duration KNOCK = Duration.ofSeconds(1);

    /** Nothing answers where the stack should be. */
    static final class NoStack extends RuntimeException {
        NoStack(String message) {
            super(message);
        }
    }

    private StackTarget() {
    }

    /** The settings with the stack's addresses (and sources file) filled in where they were not given. */
    static Settings resolve(Settings settings) {
        Path dataDir = settings.get(ConfigKeys.DATA_DIR).toAbsolutePath();
        Optional<StackRecord> record = StackRecord.running(dataDir);
        Settings resolved = settings;
        if (!settings.isGiven(ConfigKeys.KAFKA_BOOTSTRAP)) {
            resolved = resolved.with(ConfigKeys.KAFKA_BOOTSTRAP, record.map(StackRecord::kafkaBootstrap)
                    .orElse("127.0.0.1:" + localPort(settings.get(ConfigKeys.LOCAL_KAFKA_PORT), 9092)));
        }
        if (!settings.isGiven(ConfigKeys.ES_URL)) {
            resolved = resolved.with(ConfigKeys.ES_URL, record.map(StackRecord::elasticsearch)
                    .orElse("http://127.0.0.1:" + localPort(settings.get(ConfigKeys.LOCAL_ES_PORT), 9200)));
        }
        if (!settings.isGiven(ConfigKeys.SOURCES) && record.isPresent()) {
            resolved = resolved.with(ConfigKeys.SOURCES, record.get().sources());
        }
        return resolved;
    }

    /** A local port as set; "any free port" (0) is only known from a record, so the usual port stands in. */
    private static int localPort(int port, int usual) {
        return port == 0 ? usual : port;
    }

    /** {@link #resolve}, then fails with {@link NoStack} when nothing listens at the Kafka it names. */
    static Settings resolveRunning(Settings settings) {
        Settings resolved = resolve(settings);
        String kafka = resolved.get(ConfigKeys.KAFKA_BOOTSTRAP);
        if (!anyAnswers(kafka)) {
            throw new NoStack("no stack running in " + settings.get(ConfigKeys.DATA_DIR).toAbsolutePath()
                    + " (nothing answers at Kafka " + kafka + "): start one with ./imh up or ./imh demo, or set "
                    + "IMH_KAFKA_BOOTSTRAP (and IMH_ES_URL) to the stack to use");
        }
        return resolved;
    }

    /** True when one of the bootstrap servers accepts a connection. */
    static boolean anyAnswers(String bootstrap) {
        for (String server : bootstrap.split(",")) {
            int colon = server.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(server.substring(0, colon).trim(),
                        Integer.parseInt(server.substring(colon + 1).trim())), (int) KNOCK.toMillis());
                return true;
            } catch (IOException | RuntimeException e) {
                // the next one, if any
            }
        }
        return false;
    }
}
