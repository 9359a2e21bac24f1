package org.imhfinder.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server run as a child process, its output in a log file. It runs under a {@link Watchdog} that
 * stops it when this JVM is gone, however it ended; a pid file next to the log lets a later start
 * stop what an earlier launcher left running on the same data folder all the same.
 */
final class ChildProcess {
    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    /** Every server started and not stopped: their lifelines stay reachable as long as this JVM runs. */
    private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;
    /**
     * The watchdog's end of the pipe: held open while this process lives. Kept reachable on
     * purpose: were it collected and closed, the watchdog would stop the server.
     */
    private final java.io.OutputStream lifeline;

    private ChildProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
        this.lifeline = process.getOutputStream();
    }

    /**
     * Starts a server through the {@link Watchdog}, in a session of its own. Call
     * {@link #stopLeftover} first, before the server's ports are checked.
     */
    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log, Path pidFile) {
        ProcessBuilder builder = new ProcessBuilder(Watchdog.wrap(command))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            LOG.debug("started {} as pid {}: {}", name, process.pid(), command);
            ChildProcess child = new ChildProcess(name, process, log, pidFile);
            RUNNING.add(child);
            return child;
        } catch (IOException e) {
            throw new StackException("cannot start " + name + ": " + e.getMessage(), log, e);
        }
    }

    /** Runs a command to completion (a setup step); fails with its output when it exits non-zero. */
    static void run(String name, List<String> command, Map<String, String> env, Path workDir, Path log, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new StackException(name + " did not finish within " + timeout.toSeconds() + " s", log);
            }
            if (process.exitValue() != 0) {
                throw new StackException(name + " failed with exit code " + process.exitValue() + ":\n" + tail(log, 15), log);
            }
        } catch (IOException e) {
            throw new StackException("cannot run " + name + ": " + e.getMessage(), log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while running " + name, log, e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** The exit message for a process that died on its way up. */
    StackException died(String during) {
        return new StackException(name + " exited with code " + process.exitValue() + " " + during + ":\n" + tail(log, 20), log);
    }

    /**
     * Sends a signal kill(1) knows by name ({@code STOP}, {@code CONT}) to the server: every process of its session but the
     * watchdog's, which must go on watching.
     */
    void signal(String signal) {
        List<String> command = new ArrayList<>(List.of("kill", "-s", signal));
        Sessions.members(process.pid()).stream()
                .filter(p -> p.pid() != process.pid() && !Sessions.commandLine(p.pid()).contains(Watchdog.NAME))
                .forEach(p -> command.add(Long.toString(p.pid())));
        if (command.size() == 3) {
            throw new StackException(name + " has no process to signal", log);
        }
        run(name + " " + signal, command, Map.of(), log.getParent(), log, Duration.ofSeconds(10));
    }

    /** Asks the process (and whatever it started) to stop, then kills what is left after {@code grace}. */
    void stop(Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} did not stop within {} s; killing it", name, grace.toSeconds());
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        RUNNING.remove(this);
        try {
            lifeline.close();
        } catch (IOException e) {
            LOG.debug("cannot close {}'s lifeline", name, e);
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            LOG.debug("cannot delete {}", pidFile, e);
        }
    }

    /**
     * Stops what an earlier launcher started on this data folder and did not stop (it was killed,
     * or it predates the watchdog): every process of the session the pid file names, provided one of
     * them was started on {@code folder} (a pid file can outlive its process and the pid be reused).
     * Called before the server's ports are checked, so a leftover never reads as a port conflict.
     */
    static void stopLeftover(String name, Path pidFile, Path folder) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            List<ProcessHandle> family = Sessions.members(pid);
            if (family.stream().anyMatch(p -> Sessions.commandLine(p.pid()).contains(folder.toString()))) {
                LOG.warn("stopping a {} left running by an earlier start on {} (pids {})", name, folder,
                        family.stream().map(ProcessHandle::pid).toList());
                Sessions.stop(family, Duration.ofSeconds(30));
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            LOG.debug("ignoring unreadable pid file {}", pidFile, e);
        }
    }

    /** The last lines of a log, for error messages. */
    static String tail(Path log, int lines) {
        Deque<String> last = new ArrayDeque<>();
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
        return String.join("\n", last);
    }
}
