package org.imhfinder.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a server so that it stops when the JVM that started it is gone, even killed with
 * {@code kill -9} (no shutdown hook runs then). The server is started by a small shell that
 * leads a session of its own ({@code setsid}: Ctrl-C in a terminal does not reach it, so the
 * launcher stops the stages before the servers). The shell's standard input is a pipe from the
 * launcher, never written: it reaches end of file only when the launcher's end closes, which the
 * kernel does whenever the launcher exits. Then the shell asks every process of its session to
 * stop (Elasticsearch's launcher and the server JVM it starts alike), and kills what is left after
 * {@value #GRACE_SECONDS} s. A stop asked for by the launcher (SIGTERM to the shell) is passed to
 * the server and waited for, as if the server had been started directly. Each of these steps, and
 * the server's exit, is written to the server's log as a line starting {@code imh-watchdog}, so a
 * log says whether a server's stop was asked for, and by what.
 */
final class Watchdog {
    static final int GRACE_SECONDS = 30;
    /** The name the watchdog's shell runs under, in its command line and its processes'. */
    static final String NAME = "imh-watchdog";
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final String SHELL = "/bin/sh";

    /*
     * fd 3 is the launcher's pipe: a background job's standard input is /dev/null in a shell
     * without job control, so the watcher reads the pipe through a copy. The watcher ignores the
     * TERM it sends its own session; USR1 tells the shell the launcher is gone, so it lets the
     * watcher finish instead of ending it. Its final KILL takes the shell along: nobody waits for it.
     * Once the server has exited, what it left in the session is asked to stop too. (dash's kill
     * takes a process group as -PGID, without "--".)
     */
    static final String SCRIPT = String.join("\n",
            "say() { echo \"imh-watchdog $(date -u +%Y-%m-%dT%H:%M:%SZ): $*\" >&2; }",
            "exec 3<&0",
            "\"$@\" </dev/null 3<&- &",
            "server=$!",
            "stop() { if [ -z \"${stopping:-}\" ]; then stopping=1; say \"$1: stopping the server (pid $server)\"; fi; kill -TERM \"$server\" 2>/dev/null; }",
            "trap 'stop \"asked to stop (TERM)\"' TERM",
            "trap 'stop \"asked to stop (INT)\"' INT",
            "trap 'stop \"asked to stop (HUP)\"' HUP",
            "trap 'orphaned=1; stop \"the launcher is gone\"' USR1",
            "(",
            "  trap '' TERM INT HUP",
            "  while read -r _ <&3; do :; done",
            "  say \"the launcher's pipe closed: stopping the session\"",
            "  kill -USR1 $$ 2>/dev/null",
            "  kill -TERM -$$ 2>/dev/null",
            "  waited=0",
            "  while kill -0 \"$server\" 2>/dev/null && [ \"$waited\" -lt " + GRACE_SECONDS + " ]; do",
            "    sleep 1; waited=$((waited + 1))",
            "  done",
            "  kill -0 \"$server\" 2>/dev/null && say \"the server outlived " + GRACE_SECONDS + " s: killing the session\"",
            "  kill -KILL \"$server\" 2>/dev/null",
            "  kill -KILL -$$ 2>/dev/null",
            ") </dev/null &",
            "watcher=$!",
            "exec 3<&-",
            "wait \"$server\"; status=$?",
            "while kill -0 \"$server\" 2>/dev/null; do wait \"$server\"; status=$?; done",
            "say \"the server (pid $server) has exited (wait status $status)\"",
            "stopping=1",
            "kill -TERM -$$ 2>/dev/null",
            "if [ -n \"${orphaned:-}\" ]; then wait \"$watcher\"; else kill -KILL \"$watcher\" 2>/dev/null; fi",
            "exit \"$status\"");

    private Watchdog() {
    }

    /** The command, run under the watchdog in a session of its own. */
    static List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            wrapped.addAll(List.of(SETSID.toString(), "--wait"));
        }
        wrapped.addAll(List.of(SHELL, "-c", SCRIPT, NAME));
        wrapped.addAll(command);
        return wrapped;
    }
}
