package org.imhfinder.normalize.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time and bytes allocated by the calling thread together with the {@link BoundedWorker} threads,
 * for measurements of normalize's work in CPU time: most of a page's work runs on a worker, not on the
 * thread that asked for it. Workers outlive a measurement (they idle for a minute before they end), and
 * a worker that ends takes its counters with it: readings are therefore kept per thread, and a measurement
 * is the difference of two close readings, thread by thread.
 */
public final class ReadingThreads {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ReadingThreads() {
    }

    /** What the threads used between two readings. */
    public record Usage(long cpuNanos, long allocatedBytes) {
        public Usage plus(Usage other) {
            return new Usage(cpuNanos + other.cpuNanos, allocatedBytes + other.allocatedBytes);
        }
    }

    /** The counters of each thread (by id: the JVM never reuses one) at one moment. */
    public static final class Reading {
        private final Map<Long, long[]> byThread;

        private Reading(Map<Long, long[]> byThread) {
            this.byThread = byThread;
        }

        /**
         * What was used since {@code earlier}: a thread started since counts from zero; one that ended in between is
         * left out (keep the two readings close, e.g. around one round of work).
         */
        public Usage since(Reading earlier) {
            long cpu = 0;
            long bytes = 0;
            for (Map.Entry<Long, long[]> thread : byThread.entrySet()) {
                long[] before = earlier.byThread.getOrDefault(thread.getKey(), new long[2]);
                cpu += thread.getValue()[0] - before[0];
                bytes += thread.getValue()[1] - before[1];
            }
            return new Usage(cpu, bytes);
        }
    }

    public static Reading read() {
        long[] ids = ids();
        long[] allocated = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, long[]> byThread = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            long cpu = THREADS.getThreadCpuTime(ids[i]);
            if (cpu >= 0 && allocated[i] >= 0) { // -1: the thread has ended
                byThread.put(ids[i], new long[] {cpu, allocated[i]});
            }
        }
        return new Reading(byThread);
    }

    private static long[] ids() {
        List<Long> ids = new ArrayList<>(List.of(Thread.currentThread().getId()));
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(BoundedWorker.THREAD_PREFIX)) {
                ids.add(info.getThreadId());
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
