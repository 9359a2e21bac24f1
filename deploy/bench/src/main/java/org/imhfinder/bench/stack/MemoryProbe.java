package org.imhfinder.bench.stack;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Peak memory of a phase of the run: the peak heap in use in this JVM, and the peak resident set
 * (Linux {@code VmHWM}) of this process and of others (Kafka, Elasticsearch and their children).
 * {@link #reset()} starts a phase: heap peaks are reset, and this process's {@code VmHWM} too
 * where the kernel allows it ({@code /proc/self/clear_refs}).
 */
public final class MemoryProbe {
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    private MemoryProbe() {
    }

    /** A phase's peaks, in MiB (-1: not known on this system). */
    public record Peak(long heapMb, long rssMb) {
    }

    public static void reset() {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | SecurityException e) {
            // not Linux, or not allowed: the peak is then the process's since it started
        }
    }

    public static Peak peak() {
        long heap = HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Peak(heap >> 20, kilobytes(ProcessHandle.current().pid(), "VmHWM").map(kb -> kb >> 10).orElse(-1L));
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
