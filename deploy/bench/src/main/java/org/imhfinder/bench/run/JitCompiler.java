package org.imhfinder.bench.run;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JVM's JIT compiler as the pairs watch it: they warm up until it works for only a small share
 * of the time, and note how long it still compiled while they measured.
 */
public final class JitCompiler {
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private JitCompiler() {
    }

    /** How long the compiler's threads have compiled so far, summed, in ms. */
    public static long compilingMs() {
        return COMPILER.getTotalCompilationTime();
    }

    /** The share of the wall time since {@code startedNanos} the compiler worked, having compiled {@code compiledMs} then. */
    public static double shareSince(long compiledMs, long startedNanos) {
        return (compilingMs() - compiledMs) / ((System.nanoTime() - startedNanos) / 1e6);
    }
}
