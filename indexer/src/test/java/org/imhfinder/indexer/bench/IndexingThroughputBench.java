package org.imhfinder.indexer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imhfinder.es.ProgramIndex;
import org.imhfinder.indexer.Fixtures;
import org.imhfinder.indexer.IndexerHarness;
import org.imhfinder.indexer.store.DocumentWrite;
import org.imhfinder.indexer.store.ElasticsearchListingStore;
import org.imhfinder.indexer.store.WriteResult;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sustained indexing throughput from Kafka into Elasticsearch through the indexer, and, in the
 * same run on the same stack, Elasticsearch's raw bulk throughput for the very same documents
 * with the same client and batch size. Prints the numbers (and writes them to
 * {@code target/bench/indexing-throughput.txt}); asserts only that the work was done.
 *
 * <p>Run: {@code mvn -B -pl indexer -am verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=IndexingThroughputBench -Dfailsafe.failIfNoSpecifiedTests=false}; {@code -Dimh.bench.listings=N}
 * sets the number of listings (default 20000).
 */
@ExtendWith(ImhStackExtension.class)
class IndexingThroughputBench {
    private static final int LISTINGS = Integer.getInteger("imh.bench.listings", 20_000);
    private static final int BATCH = 500;

    @Test
    void indexerThroughputAgainstRawBulk(TestStack stack) throws Exception {
        stack.reset();
        List<ProgramListing> listings = listings(Instant.now());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        IndexerHarness.send(stack, listings);
        Measured pipeline;
        List<Hit<ObjectNode>> documents;
        try (IndexerHarness indexer = IndexerHarness.start(stack, Map.of(
                "IMH_INDEXER_BATCH_SIZE", String.valueOf(BATCH), "IMH_INDEXER_BATCH_WAIT", "PT0.2S"))) {
            pipeline = drain(indexer);
            documents = readBack(indexer.es());
            assertThat(documents).hasSize(LISTINGS);
            Measured raw = rawBulk(indexer.es(), documents, false);
            Measured rawRefreshed = rawBulk(indexer.es(), documents, true);
            report(pipeline, raw, rawRefreshed, documents, load);
        }
    }

    private static List<ProgramListing> listings(Instant at) {
        List<ProgramListing> listings = new ArrayList<>(LISTINGS);
        for (int i = 0; i < LISTINGS; i++) {
            String id = String.format("prg-bench-%06d", i);
            listings.add(Fixtures.withHash(Fixtures.listing(id, "https://provider-" + (i % 60) + ".example/programs/" + i, at)
                    .toBuilder().name("Infant Mental Health Certificate " + i).build()));
        }
        return listings;
    }

    /**
     * A backlog drained at a sustained rate: from the moment the indexer's consumer has its
     * partitions (start-up excluded; what it indexed before is not counted) until it has written the
     * last listing; then the commit of everything is checked (after the clock stops, so the check
     * does not load the machine meanwhile).
     */
    private static Measured drain(IndexerHarness indexer) {
        Counter indexed = indexer.pipeline().meters().counter("imh.indexer.indexed", "by", "batch");
        long start = System.nanoTime();
        double before = indexed.count();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(20)).until(() -> indexed.count() >= LISTINGS);
        long elapsed = System.nanoTime() - start;
        indexer.awaitSettled();
        return new Measured(LISTINGS - (long) before, elapsed);
    }

    private static List<Hit<ObjectNode>> readBack(ElasticsearchClient client) throws IOException {
        List<Hit<ObjectNode>> all = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<ObjectNode> page = client.search(s -> {
                s.index(SearchIndex.PROGRAMS_ALIAS).size(1000).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, ObjectNode.class);
            all.addAll(page.hits().hits());
            if (page.hits().hits().size() < 1000) {
                return all;
            }
            after = page.hits().hits().get(999).sort();
        }
    }

    /** The same documents into a fresh index of the same template, with the same client and batch size. */
    private static Measured rawBulk(ElasticsearchClient client, List<Hit<ObjectNode>> documents, boolean refreshEach)
            throws IOException {
        String index = ProgramIndex.INDEX_PREFIX + (refreshEach ? "9002" : "9001");
        client.indices().create(c -> c.index(index));
        ElasticsearchListingStore store = new ElasticsearchListingStore(client);
        long start = System.nanoTime();
        for (int from = 0; from < documents.size(); from += BATCH) {
            List<DocumentWrite> writes = documents.subList(from, Math.min(from + BATCH, documents.size())).stream()
                    .map(hit -> new DocumentWrite(hit.id(), hit.source(), null)).toList();
            List<WriteResult> results = store.write(index, writes, refreshEach);
            assertThat(results).allMatch(r -> r.status() == WriteResult.Status.WRITTEN);
        }
        client.indices().refresh(r -> r.index(index));
        Measured measured = new Measured(documents.size(), System.nanoTime() - start);
        client.indices().delete(d -> d.index(index));
        return measured;
    }

    private static void report(Measured pipeline, Measured raw, Measured rawRefreshed, List<Hit<ObjectNode>> documents,
                               double load) throws IOException {
        long bytes = documents.stream().mapToLong(h -> h.source().toString().length()).sum();
        String text = String.join("\n",
                "Indexing throughput (" + LISTINGS + " listings, batches of " + BATCH + ", average document "
                        + bytes / documents.size() + " bytes, system load average " + String.format("%.1f", load) + ")",
                String.format("  through the indexer (Kafka backlog -> Elasticsearch, searchable, journaled, committed):  %8.0f listings/s  (%.1f s)",
                        pipeline.perSecond(), pipeline.seconds()),
                String.format("  raw _bulk, same documents, client and batch size, one refresh at the end: %8.0f listings/s  (%.1f s)",
                        raw.perSecond(), raw.seconds()),
                String.format("  raw _bulk with a refresh per batch (what searchable-before-commit costs):  %8.0f listings/s  (%.1f s)",
                        rawRefreshed.perSecond(), rawRefreshed.seconds()),
                String.format("  ratio indexer / raw _bulk: %.2f   indexer / raw _bulk refreshed per batch: %.2f",
                        pipeline.perSecond() / raw.perSecond(), pipeline.perSecond() / rawRefreshed.perSecond()),
                "");
        System.out.println(text);
        Path file = Path.of("target", "bench", "indexing-throughput.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private record Measured(long listings, long nanos) {
        double seconds() {
            return nanos / 1e9;
        }

        double perSecond() {
            return listings / seconds();
        }
    }
}
