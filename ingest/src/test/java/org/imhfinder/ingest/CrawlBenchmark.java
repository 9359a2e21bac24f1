package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Crawls generated local sites with no politeness delay and prints pages/s, peak heap and CPU
 * time: one host of 10,000 pages (one request in flight at a time, as politeness requires), and
 * ten hosts of 1,000 pages (hosts in parallel). Run with {@code mvn -pl ingest -am -Pbench verify}.
 * The web server runs in this JVM: its threads' CPU time is measured and taken out.
 */
@ExtendWith(ImhStackExtension.class)
class CrawlBenchmark {
    private static final int PAGES = 10_000;

    @Test
    void crawlGeneratedSites(TestStack stack) throws Exception {
        try (CrawlHarness harness = new CrawlHarness(stack)) {
            GeneratedSite.Spec big = GeneratedSite.Spec.of(PAGES - 1);
            Site one = GeneratedSite.serve(harness.web(), "bench-one-" + System.nanoTime(), big);
            List<Site> ten = GeneratedSite.serve(harness.web(), "bench-ten-" + System.nanoTime(), 10,
                    GeneratedSite.Spec.of(PAGES / 10 - 1));
            StringBuilder sources = new StringBuilder("sources:\n");
            sources.append(CrawlHarness.source("bench-one", one, "    maxPages: 20000\n    maxDepth: 20\n"));
            sources.append("  - id: bench-ten\n    name: Ten hosts\n    providerType: OTHER\n    seeds: [")
                    .append(ten.stream().map(s -> "\"" + s.baseUri() + "\"").collect(Collectors.joining(", ")))
                    .append("]\n    maxPages: 20000\n    maxDepth: 20\n");
            harness.start(sources.toString(), Map.of("IMH_CRAWL_DELAY", "PT0S", "IMH_CRAWL_WORKERS", "8"));

            String report = measure(harness, "bench-one", "1 host x 10,000 pages") + "\n"
                    + measure(harness, "bench-ten", "10 hosts x 1,000 pages");
            System.out.println("\n=== crawl benchmark (delay 0, 8 workers, pages of ~4 KB, Kafka acks=all) ===\n" + report);
            Files.writeString(Path.of("target", "crawl-benchmark.txt"), report + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    private static String measure(CrawlHarness harness, String source, String label) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long serverBefore = serverCpu();

        String crawlId = harness.crawl(source);
        CrawlRun run = org.awaitility.Awaitility.await(label).atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> harness.run(crawlId), r -> r != null && r.state() == CrawlState.FETCHED);

        double seconds = Duration.between(run.startedAt(), run.fetchedAt()).toMillis() / 1e3; // the run's own clock
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long server = serverCpu() - serverBefore;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long pages = run.counts().published();
        assertThat(pages).isEqualTo(PAGES);
        return String.format("%-24s %6d pages in %6.1f s = %7.1f pages/s | peak heap %5d MB (max %d MB) | CPU %6.1f s"
                        + " (crawler %5.1f s = %.2f ms/page, local web server %5.1f s)", label, pages, seconds, pages / seconds,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20, cpu / 1e9, (cpu - server) / 1e9,
                (cpu - server) / 1e6 / pages, server / 1e9);
    }

    private static long serverCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("site-"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }
}
