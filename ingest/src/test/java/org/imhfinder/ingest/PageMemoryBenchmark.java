package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.imhfinder.ingest.memory.KafkaPageMemoryStore;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.memory.PageMemoryReplay;
import org.imhfinder.ingest.memory.PageMemoryStore;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageMemoryEntry;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the page memory of a 10,000-page site costs: each page with 60 in-scope links of about 80
 * characters (a WordPress menu of 40 links shared by every page, and 20 of its own), written to
 * {@code imh.page-memory.v1} through the store ingest uses, then restored as a restarted ingest
 * restores it: bytes per entry, bytes on Kafka's disk, time to restore, and heap the restored
 * memory holds. Run with {@code mvn -pl ingest -am -Pbench verify -Dit.test=PageMemoryBenchmark}.
 */
@ExtendWith(ImhStackExtension.class)
class PageMemoryBenchmark {
    private static final int PAGES = 10_000;
    private static final int MENU_LINKS = 40;
    private static final int OWN_LINKS = 20;
    private static final String SITE = "https://www.bench-association-for-infant-mental-health.org";

    @Test
    void aTenThousandPageSite(TestStack stack) throws Exception {
        String sourceId = "bench-memory-" + System.nanoTime();
        long json = 0;
        List<String> written = new ArrayList<>();
        long writeStarted = System.nanoTime();
        try (PageMemoryStore store = new KafkaPageMemoryStore(stack.kafkaBootstrap(), 0)) {
            PageMemory writer = new PageMemory(PAGES, store);
            for (int i = 0; i < PAGES; i++) {
                List<String> links = links(i);
                writer.remember(sourceId, page(i), new PageMemory.Validators("\"" + Long.toHexString(i * 7919L) + "-5f3a2b\"",
                        "Mon, 05 Jan 2026 09:00:00 GMT"), links, Instant.now());
                written.add(Json.write(new PageMemoryEntry(1, page(i), sourceId, "\"0123456789-5f3a2b\"",
                        "Mon, 05 Jan 2026 09:00:00 GMT", links, Instant.now())));
                json += written.get(i).length();
            }
        } // close: every write acknowledged
        double writeSeconds = (System.nanoTime() - writeStarted) / 1e9;

        System.gc();
        long heapBefore = usedHeap();
        PageMemory restored = new PageMemory(50_000, PageMemoryStore.NONE);
        KafkaPageMemoryStore.Restored result = KafkaPageMemoryStore.restore(stack.kafkaBootstrap(), restored,
                Set.of(sourceId), Duration.ofMinutes(5));
        System.gc();
        long heapHeld = usedHeap() - heapBefore;

        long replayStarted = System.nanoTime();
        PageMemoryReplay withoutKafka = new PageMemoryReplay(new PageMemory(50_000, PageMemoryStore.NONE), sourceId::equals);
        for (int i = 0; i < PAGES; i++) {
            withoutKafka.accept(page(i), written.get(i));
        }
        double replaySeconds = (System.nanoTime() - replayStarted) / 1e9;
        written.clear();

        assertThat(result.incomplete()).isNull();
        assertThat(result.pages()).isEqualTo(PAGES);
        assertThat(restored.links(sourceId, page(17))).hasSize(MENU_LINKS + OWN_LINKS);
        String report = String.format("%d pages x %d links: %.1f KB JSON per entry (%.1f MB in all), written in %.1f s;"
                        + " %.1f MB on Kafka's disk (zstd); restored in %.1f s (%d records read; the same JSON replayed again without"
                        + " Kafka, the JIT warm: %.1f s); %.1f MB of heap held"
                        + " (%.1f KB per page)",
                PAGES, MENU_LINKS + OWN_LINKS, json / 1024.0 / PAGES, json / 1048576.0, writeSeconds,
                topicBytes(stack.kafkaBootstrap()) / 1048576.0, result.took().toMillis() / 1e3, result.records(), replaySeconds,
                heapHeld / 1048576.0, heapHeld / 1024.0 / PAGES);
        System.out.println("\n=== page memory benchmark ===\n" + report);
        Files.writeString(Path.of("target", "page-memory-benchmark.txt"), report + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String page(int i) {
        return SITE + "/training/endorsement/program-page-number-" + i + "/";
    }

    /** The menu every page shares, then links to its neighbours. */
    private static List<String> links(int i) {
        List<String> links = new ArrayList<>();
        for (int m = 0; m < MENU_LINKS; m++) {
            links.add(page(m));
        }
        for (int n = 1; n <= OWN_LINKS; n++) {
            links.add(page((i + n * 37) % PAGES));
        }
        return links;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long topicBytes(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long bytes = 0;
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(admin.describeCluster().nodes().get()
                    .stream().map(n -> n.id()).toList()).allDescriptions().get().values()) {
                for (LogDirDescription dir : dirs.values()) {
                    bytes += dir.replicaInfos().entrySet().stream().filter(e -> e.getKey().topic().equals(Topics.PAGE_MEMORY))
                            .mapToLong(e -> e.getValue().size()).sum();
                }
            }
            return bytes;
        }
    }
}
