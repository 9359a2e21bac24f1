package org.imhfinder.bench.stack;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak memory of a phase of the run: the heap of this JVM, and the peak resident set (Linux
 * {@code VmHWM}) of this process and of others (Kafka, Elasticsearch and their children).
 * {@link #reset()} starts a phase: heap peaks are reset, and this process's {@code VmHWM} too
 * where the kernel allows it ({@code /proc/self/clear_refs}).
 *
 * <p>The heap is read at every collection, from the collector's own report: the most in use at once
 * (just before a collection, or now), and the most still in use just after one (an upper bound of what is
 * live: a young collection leaves the old generation's garbage in place). Each heap pool's own
 * peak, summed, is kept too: the pools peak at different moments (the young generation just before
 * each collection, the old one later), so that sum overstates what was ever in use at once.
 */
public final class MemoryProbe {
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private static final Set<String> HEAP_NAMES = HEAP.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static final AtomicLong MOST_IN_USE = new AtomicLong();
    private static final AtomicLong MOST_AFTER = new AtomicLong();

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                        MOST_IN_USE.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
                        MOST_AFTER.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
                    }
                }, null, null);
            }
        }
    }

    private MemoryProbe() {
    }

    /**
     * A phase's peaks, in MiB (-1: not known on this system): the most heap in use at once, the most in
     * use just after a collection, each heap pool's peak summed, and the process's peak resident set.
     */
    public record Peak(long heapMb, long afterCollectionMb, long poolPeaksMb, long rssMb) {
    }

    public static void reset() {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        MOST_IN_USE.set(0);
        MOST_AFTER.set(0);
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | SecurityException e) {
            // not Linux, or not allowed: the peak is then the process's since it started
        }
    }

    public static Peak peak() {
        long poolPeaks = HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long now = HEAP.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        return new Peak(Math.max(MOST_IN_USE.get(), now) >> 20, MOST_AFTER.get() >> 20, poolPeaks >> 20,
                kilobytes(ProcessHandle.current().pid(), "VmHWM").map(kb -> kb >> 10).orElse(-1L));
    }

    private static long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream().filter(e -> HEAP_NAMES.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** The peak resident set of a process and its descendants, in MiB (-1: not known). */
    public static long peakRssMb(long pid) {
        long total = kilobytes(pid, "VmHWM").orElse(-1L);
        if (total < 0) {
            return -1;
        }
        total += ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(child -> kilobytes(child.pid(), "VmHWM").orElse(0L)).sum();
        return total >> 10;
    }

    static Optional<Long> kilobytes(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Optional.of(Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: not Linux
        }
        return Optional.empty();
    }
}
