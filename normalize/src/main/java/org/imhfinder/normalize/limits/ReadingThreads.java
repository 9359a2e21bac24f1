package org.imhfinder.normalize.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time and bytes allocated by the calling thread together with the {@link BoundedWorker} threads,
 * for measurements of normalize's work in CPU time: most of a page's work runs on a worker, not on the
 * thread that asked for it. Workers outlive a measurement (they idle for a minute before they end).
 */
public final class ReadingThreads {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ReadingThreads() {
    }

    public static long cpuNanos() {
        long total = 0;
        for (long id : ids()) {
            total += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return total;
    }

    public static long allocatedBytes() {
        long total = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(ids())) {
            total += Math.max(0, bytes);
        }
        return total;
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
