package org.imhfinder.bench.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.bench.run.JitCompiler;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.run.Scale;
import org.imhfinder.bench.run.Waits;
import org.imhfinder.bench.report.Row;
import org.imhfinder.bench.stack.BenchStack;
import org.imhfinder.bench.stack.MemoryProbe;
import org.imhfinder.es.ProgramIndex;
import org.imhfinder.indexer.IndexerStage;
import org.imhfinder.indexer.store.DocumentWrite;
import org.imhfinder.indexer.store.ElasticsearchListingStore;
import org.imhfinder.indexer.store.WriteResult;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.schema.Topics;

/**
 * Index: a backlog of listings on {@code imh.programs.v1} drained by the indexer alone, from the
 * moment its consumer has its partitions until its group has committed the last one (committed
 * means written, refreshed, journaled: searchable). Limit: the very documents it wrote, read
 * back, sent with a raw {@code _bulk} by the same client in batches of the same size into a
 * fresh index of the same template, until searchable (one refresh at the end).
 *
 * <p>Both are measured warm, as the extract and search pairs are: an indexer first drains a warm-up
 * backlog of other listings (as many as measured) and stops, up to five times while the JVM's
 * compiler stays busy through a drain ({@link #warmUp}), so neither the JVM compiling the indexer's
 * code nor Elasticsearch's first writes to the index are counted against the indexer, while the raw
 * {@code _bulk} that follows runs on a warm node. A fifth as many was too few: applying a listing
 * still cost several times its steady cost while the compiler worked through the indexer's code. The
 * row says how long the JVM still spent compiling during the measured drain.
 */
public final class IndexPair {
    public static final String PAIR = "index";
    static final int BATCH = 500;
    private static final String BENCH_ID = "prg-bench-";
    private static final String WARM_UP_ID = "prg-warmup-";
    /** A warm-up drain with the compiler working less than this share of its time leaves the JVM warm. */
    static final double QUIET_SHARE = 0.10;
    static final int WARM_UP_DRAINS = 5;

    /** The rows, the limit in listings/s (for the end-to-end sum) and the indexer's memory. */
    public record Result(List<Row> rows, double limitPerSecond, MemoryProbe.Peak memory) {
    }

    private IndexPair() {
    }

    public static Result run(BenchStack stack, Scale scale, Progress progress) throws IOException {
        List<ProgramListing> listings = BenchListings.generate(scale.listings(), 20_260_101L, Instant.now());
        MemoryProbe.reset();
        int warmUpDrains = warmUp(stack, scale, progress);
        send(stack, listings);
        progress.say(PAIR, "%,d listings on %s; starting the indexer", listings.size(), Topics.PROGRAMS);
        double seconds;
        long compilingMs;
        try (Pipeline indexer = startIndexer(stack)) {
            long compiled = JitCompiler.compilingMs();
            long start = System.nanoTime();
            Waits.until("the indexer to commit every listing", Duration.ofMinutes(15), Duration.ofMillis(50),
                    () -> caughtUp(stack, progress));
            seconds = (System.nanoTime() - start) / 1e9;
            compilingMs = JitCompiler.compilingMs() - compiled;
        }
        MemoryProbe.Peak memory = MemoryProbe.peak();
        double project = listings.size() / seconds;
        progress.say(PAIR, "indexer: %,.0f listings/s (%.1f s); now raw _bulk of the same documents", project, seconds);
        List<Stored> documents = new ArrayList<>(readBack(stack.es().client()));
        forget(stack.es().client(), documents.stream().filter(doc -> doc.id().startsWith(WARM_UP_ID)).toList());
        documents.removeIf(doc -> !doc.id().startsWith(BENCH_ID));
        double limit = documents.size() / rawBulk(stack.es().client(), documents);
        progress.say(PAIR, "raw _bulk: %,.0f listings/s", limit);
        Row row = Row.rate("index", PAIR, "listings/s until searchable", "listings/s", project, limit,
                String.format("%,d listings, batches of %d; indexer refreshes, journals and commits per batch, raw _bulk "
                        + "refreshes once at the end; after %d warm-up drain(s) of as many, the JVM still compiled for %.1f s",
                        listings.size(), BATCH, warmUpDrains, compilingMs / 1000.0));
        return new Result(List.of(row), limit, memory);
    }

    /**
     * An indexer drains as many other listings (ids {@code prg-warmup-N-...}) and stops, again with
     * new ones while the JVM compiled for more than {@value #QUIET_SHARE} of the drain's time, at
     * most {@value #WARM_UP_DRAINS} times: code run once a batch reaches the compiler's top tier only
     * after thousands of calls, so one drain left the compiler busy through the measured one.
     */
    private static int warmUp(BenchStack stack, Scale scale, Progress progress) {
        double share = 1;
        int drain = 0;
        int most = scale.warmUntilQuiet() ? WARM_UP_DRAINS : 1;
        while (drain < most && share > QUIET_SHARE) {
            drain++;
            String prefix = WARM_UP_ID + drain + "-";
            String query = "?warm-up=" + drain;
            List<ProgramListing> warmUp = BenchListings.generate(scale.listings(), 20_251_231L + drain, Instant.now())
                    .stream().map(l -> l.toBuilder().id(l.id().replace(BENCH_ID, prefix))
                            .sourceUrl(l.sourceUrl() + query).build()).toList();
            send(stack, warmUp);
            try (Pipeline indexer = startIndexer(stack)) {
                long compiled = JitCompiler.compilingMs();
                long start = System.nanoTime();
                Waits.until("the indexer to commit the warm-up listings", Duration.ofMinutes(15), Duration.ofMillis(50),
                        () -> caughtUp(stack, progress));
                share = JitCompiler.shareSince(compiled, start);
            }
            progress.say(PAIR, "warm-up drain %d: an indexer drained %,d other listings, the JVM compiling for %.0f%% of"
                    + " its time", drain, warmUp.size(), share * 100);
        }
        return drain;
    }

    private static Pipeline startIndexer(BenchStack stack) {
        Pipeline indexer = stack.startStages(Map.of("IMH_INDEXER_BATCH_SIZE", String.valueOf(BATCH)), List.of(new IndexerStage()));
        Waits.until("the indexer to get its partitions", Duration.ofMinutes(2), Duration.ofMillis(50),
                () -> stack.offsets().consuming(ConsumerGroups.INDEXER));
        return indexer;
    }

    private static boolean caughtUp(BenchStack stack, Progress progress) {
        long lag = stack.offsets().lag(ConsumerGroups.INDEXER, List.of(Topics.PROGRAMS));
        progress.tick(PAIR, "%,d listings still to index", lag);
        return lag == 0;
    }

    private static void send(BenchStack stack, List<ProgramListing> listings) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new StringSerializer())) {
            listings.forEach(l -> producer.send(new ProducerRecord<>(Topics.PROGRAMS, l.id(), Json.write(l))));
            producer.flush();
        }
    }

    /** The warm-up listings leave the index: the search pair searches the measured listings only. */
    private static void forget(ElasticsearchClient client, List<Stored> warmUp) throws IOException {
        if (warmUp.isEmpty()) {
            return;
        }
        client.bulk(b -> {
            warmUp.forEach(hit -> b.operations(o -> o.delete(d -> d.index(hit.index()).id(hit.id()))));
            return b.refresh(Refresh.True);
        });
    }

    /**
     * A document read back: where it is, and its source as JSON bytes (none for a warm-up listing, which is only
     * deleted). Held as trees, the listings of the warm-up drains and the measured ones (60,000 of them) took more
     * heap than the stages they measure, so a run with a bounded heap ran out of memory here.
     */
    private record Stored(String index, String id, byte[] source) {
        static Stored of(Hit<ObjectNode> hit) {
            return new Stored(hit.index(), hit.id(), hit.id().startsWith(BENCH_ID) ? Json.writeBytes(hit.source()) : null);
        }
    }

    private static List<Stored> readBack(ElasticsearchClient client) throws IOException {
        List<Stored> all = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<ObjectNode> page = client.search(s -> {
                s.index(SearchIndex.PROGRAMS_ALIAS).size(1000).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, ObjectNode.class);
            page.hits().hits().forEach(hit -> all.add(Stored.of(hit)));
            if (page.hits().hits().size() < 1000) {
                return all;
            }
            after = page.hits().hits().get(999).sort();
        }
    }

    /** Seconds to bulk the documents into a fresh index of the same template and make them searchable. */
    private static double rawBulk(ElasticsearchClient client, List<Stored> documents) throws IOException {
        String index = ProgramIndex.INDEX_PREFIX + "9001";
        client.indices().create(c -> c.index(index));
        try {
            ElasticsearchListingStore store = new ElasticsearchListingStore(client);
            long writing = 0; // each batch's documents are made trees again before its clock starts
            for (int from = 0; from < documents.size(); from += BATCH) {
                List<DocumentWrite> writes = documents.subList(from, Math.min(from + BATCH, documents.size())).stream()
                        .map(doc -> new DocumentWrite(doc.id(), Json.read(doc.source(), ObjectNode.class), null)).toList();
                long start = System.nanoTime();
                for (WriteResult result : store.write(index, writes, false)) {
                    if (result.status() != WriteResult.Status.WRITTEN) {
                        throw new IllegalStateException("raw _bulk did not write " + result);
                    }
                }
                writing += System.nanoTime() - start;
            }
            long start = System.nanoTime();
            client.indices().refresh(r -> r.index(index));
            return (writing + System.nanoTime() - start) / 1e9;
        } finally {
            client.indices().delete(d -> d.index(index));
        }
    }
}
