package org.imhfinder.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processes of a session, as Linux's {@code /proc} lists them: a server started under the
 * {@link Watchdog} leads a session that holds it and whatever it started, and they stay in it
 * when the launcher is gone (where descendants can no longer be followed from the launcher).
 */
final class Sessions {
    private static final Path PROC = Path.of("/proc");

    private Sessions() {
    }

    /**
     * The live processes whose session or process group the process {@code leader} leads, the
     * leader included when alive; where {@code /proc} is absent, the process and its descendants.
     */
    static List<ProcessHandle> members(long leader) {
        Map<Long, ProcessHandle> members = new LinkedHashMap<>();
        ProcessHandle.of(leader).filter(ProcessHandle::isAlive).ifPresent(h -> {
            members.put(h.pid(), h);
            h.descendants().forEach(d -> members.put(d.pid(), d));
        });
        if (Files.isDirectory(PROC)) {
            try (Stream<Path> entries = Files.list(PROC)) {
                entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .filter(p -> ledBy(p, leader))
                        .forEach(p -> ProcessHandle.of(Long.parseLong(p.getFileName().toString()))
                                .ifPresent(h -> members.put(h.pid(), h)));
            } catch (IOException | java.io.UncheckedIOException e) {
                // a process list that cannot be read: the descendants found above are all we know
            }
        }
        return List.copyOf(members.values());
    }

    /** The process's command line, arguments separated by spaces; empty when it cannot be read. */
    static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
        }
    }

    /** Asks every process to stop (SIGTERM), and kills (SIGKILL) those still there after {@code grace}. */
    static void stop(List<ProcessHandle> processes, Duration grace) {
        processes.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle process : processes) {
            awaitExit(process, Duration.between(Instant.now(), deadline));
        }
        List<ProcessHandle> left = new ArrayList<>(processes.stream().filter(ProcessHandle::isAlive).toList());
        left.forEach(ProcessHandle::destroyForcibly);
        left.forEach(p -> awaitExit(p, Duration.ofSeconds(10)));
    }

    private static void awaitExit(ProcessHandle process, Duration wait) {
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timedOutOrGone) {
            // still running: the caller kills it
        }
    }

    /** {@code /proc/PID/stat}: "pid (comm) state ppid pgrp session ..."; comm may hold spaces and parentheses. */
    private static boolean ledBy(Path processDir, long leader) {
        try {
            String stat = Files.readString(processDir.resolve("stat"), StandardCharsets.UTF_8);
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long group = Long.parseLong(after[2]);
            long session = Long.parseLong(after[3]);
            return group == leader || session == leader;
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }
}
