package org.imhfinder.bench.run;

import java.io.PrintStream;
import java.util.Locale;

/** Progress lines while the run goes: elapsed time, the pair, what it is doing. */
public final class Progress {
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastTick;

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void say(String pair, String format, Object... args) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        out.printf(Locale.ROOT, "[%02d:%02d] %-10s %s%n", seconds / 60, seconds % 60, pair, String.format(Locale.ROOT, format, args));
        out.flush();
    }

    /** A line of progress while waiting: at most one every 5 seconds. */
    public synchronized void tick(String pair, String format, Object... args) {
        if (System.nanoTime() - lastTick >= 5_000_000_000L) {
            lastTick = System.nanoTime();
            say(pair, format, args);
        }
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
