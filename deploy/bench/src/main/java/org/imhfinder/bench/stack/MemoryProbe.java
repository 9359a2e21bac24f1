package org.imhfinder.bench.stack;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * Peak memory of a phase of the run: the peak heap in use in this JVM, and the peak resident set
 * (Linux {@code VmHWM}) of this process and of others (Kafka, Elasticsearch and their children).
 * {@link #reset()} starts a phase: heap peaks are reset, and this process's {@code VmHWM} too
 * where the kernel allows it ({@code /proc/self/clear_refs}).
 *
 * <p>The heap in use only grows between collections, so its peak is the largest total at the start of a
 * collection (or now): read from each collection's notification. The sum of each pool's own peak is kept
 * beside it: those peaks fall at different times (eden's just before a young collection, the old generation's
 * before a mixed one), so their sum is more than the heap ever held at once.
 */
public final class MemoryProbe {
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private static final Set<String> HEAP_POOLS = HEAP.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static final AtomicLong BEFORE_GC_PEAK = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        BEFORE_GC_PEAK.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                    }
                }, null, null);
            }
        }
    }

    private MemoryProbe() {
    }

    /** A phase's peaks, in MiB (-1: not known on this system): heap in use at once, the sum of each heap pool's peak, RSS. */
    public record Peak(long heapMb, long poolPeaksMb, long rssMb) {
    }

    public static void reset() {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        BEFORE_GC_PEAK.set(0);
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | SecurityException e) {
            // not Linux, or not allowed: the peak is then the process's since it started
        }
    }

    public static Peak peak() {
        long poolPeaks = HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long atOnce = Math.max(BEFORE_GC_PEAK.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        return new Peak(atOnce >> 20, poolPeaks >> 20,
                kilobytes(ProcessHandle.current().pid(), "VmHWM").map(kb -> kb >> 10).orElse(-1L));
    }

    private static long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
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
