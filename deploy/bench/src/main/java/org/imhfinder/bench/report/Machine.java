package org.imhfinder.bench.report;

import java.lang.management.ManagementFactory;

/** What the figures came from: cores, the load when the run started and ended, the JVM and the system. */
public record Machine(int cores, double loadAverageAtStart, double loadAverageAtEnd, String java, String os) {

    public static Machine atStart() {
        return new Machine(Runtime.getRuntime().availableProcessors(), load(), -1, System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    public Machine ended() {
        return new Machine(cores, loadAverageAtStart, load(), java, os);
    }

    /** The one-minute system load average (runnable processes: above the core count, the run shared the CPUs). */
    public static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
