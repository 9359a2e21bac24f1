package org.imhfinder.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.imhfinder.schema.Json;

/**
 * Where a running {@code ./imh up} or {@code ./imh demo} is, kept in its data folder as
 * {@value #FILE} from the moment it is up until it stops cleanly, so that {@code status},
 * {@code crawl} and {@code reindex} find it without being told the ports again. A record whose
 * process is gone (the run was killed) is ignored.
 *
 * @param pid            the process running the stack
 * @param kafkaBootstrap its Kafka bootstrap servers
 * @param elasticsearch  its Elasticsearch base URL
 * @param api            its HTTP server's base URL (API, pages, /metrics)
 * @param sources        the sources file it crawls
 * @param tokens         the file holding the API tokens it generated (null when all were configured)
 * @param startedAt      when it was up
 */
record StackRecord(long pid, String kafkaBootstrap, String elasticsearch, String api, String sources, String tokens,
                   Instant startedAt) {
    static final String FILE = "stack.json";

    /** This process's record. */
    static StackRecord ofThisProcess(String kafkaBootstrap, String elasticsearch, String api, Path sources, Path tokens) {
        return new StackRecord(ProcessHandle.current().pid(), kafkaBootstrap, elasticsearch, api,
                sources.toAbsolutePath().toString(), tokens == null ? null : tokens.toAbsolutePath().toString(), Instant.now());
    }

    /** Written whole or not at all: a reader never sees half a record. */
    void write(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path temp = dataDir.resolve(FILE + ".tmp");
            Files.writeString(temp, Json.write(this));
            try {
                Files.move(temp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the running stack in " + dataDir, e);
        }
    }

    /** Removes the record, if it is this process's (a later run on the same folder may have replaced it). */
    static void removeOwn(Path dataDir) {
        read(dataDir).filter(r -> r.pid() == ProcessHandle.current().pid()).ifPresent(r -> {
            try {
                Files.deleteIfExists(dataDir.resolve(FILE));
            } catch (IOException e) {
                // left behind: readers check that its process still runs
            }
        });
    }

    /** The record in the folder, if there is one that can be read. */
    static Optional<StackRecord> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(Files.readString(file), StackRecord.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The record of a stack running on the data folder: {@code ./imh up}'s in the folder itself,
     * else {@code ./imh demo}'s in its {@code demo} sub-folder; only one whose process still runs.
     */
    static Optional<StackRecord> running(Path dataDir) {
        return List.of(dataDir, dataDir.resolve("demo")).stream()
                .map(StackRecord::read).flatMap(Optional::stream)
                .filter(StackRecord::processRuns).findFirst();
    }

    boolean processRuns() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
