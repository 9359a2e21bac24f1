package org.imhfinder.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server run as a child process, its output in a log file. A pid file next to the log lets a
 * later start stop what an earlier, killed launcher left running on the same data folder.
 */
final class ChildProcess {
    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log, Path pidFile) {
        stopLeftover(name, pidFile);
        ProcessBuilder builder = new ProcessBuilder(ownSession(command))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            LOG.debug("started {} as pid {}: {}", name, process.pid(), command);
            return new ChildProcess(name, process, log, pidFile);
        } catch (IOException e) {
            throw new StackException("cannot start " + name + ": " + e.getMessage(), log, e);
        }
    }

    /**
     * The command in a session of its own, where {@code setsid} exists: Ctrl-C in a terminal
     * signals the whole foreground process group, and the servers must outlive the stages that
     * use them until the launcher stops them in order.
     */
    private static List<String> ownSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> wrapped = new java.util.ArrayList<>(List.of(SETSID.toString(), "--wait"));
        wrapped.addAll(command);
        return wrapped;
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
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            LOG.debug("cannot delete {}", pidFile, e);
        }
    }

    /** Stops a process a previous launcher started on this data folder and did not stop. */
    private static void stopLeftover(String name, Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(ChildProcess::isJava).ifPresent(handle -> {
                LOG.warn("stopping a {} left running by an earlier start (pid {})", name, pid);
                List<ProcessHandle> family = Stream.concat(Stream.of(handle), handle.descendants()).toList();
                family.forEach(ProcessHandle::destroy);
                handle.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
                family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            LOG.debug("ignoring unreadable pid file {}", pidFile, e);
        }
    }

    private static boolean isJava(ProcessHandle handle) {
        return handle.info().command().map(c -> c.endsWith("java") || c.endsWith("setpriv") || c.endsWith("setsid"))
                .orElse(false);
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
