package org.imhfinder.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.outcome;
import static org.imhfinder.indexer.Fixtures.override;
import static org.imhfinder.indexer.IndexerHarness.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.imhfinder.es.ProgramIndex;
import org.imhfinder.indexer.freshness.FreshnessPolicy;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.rebuild.Reindexer;
import org.imhfinder.indexer.store.KafkaStateJournal;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code imh reindex}: a new index version from the topics, the alias swapped, nothing lost
 * (freshness, moves, decisions, history), and no search failing while it happens.
 */
@ExtendWith(ImhStackExtension.class)
class ReindexIT {
    private static TestStack stack;
    private static IndexerHarness indexer;

    @BeforeAll
    static void start(TestStack testStack) {
        stack = testStack;
        stack.reset();
        indexer = IndexerHarness.start(stack, Map.of());
    }

    @AfterAll
    static void stop() {
        if (indexer != null) {
            indexer.close();
        }
    }

    private static Reindexer.Result reindex() throws Exception {
        try (KafkaStateJournal journal = new KafkaStateJournal(stack.kafkaBootstrap())) {
            return new Reindexer(indexer.es(), stack.kafkaBootstrap(), journal, new FreshnessRules(FreshnessPolicy.defaults()),
                    new SimpleMeterRegistry(), Clock.systemUTC(), 100, new PrintStream(OutputStream.nullOutputStream())).run();
        }
    }

    private static String url(String id) {
        return "https://mi-aimh.org/" + id + "/";
    }

    @Test
    void aRebuiltIndexHoldsExactlyWhatTheLiveIndexHeldAndTheAliasMovesToIt() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String seen = "prg-" + UUID.randomUUID();
        String moved = "prg-" + UUID.randomUUID();
        String gone = "prg-" + UUID.randomUUID();
        String curated = "prg-" + UUID.randomUUID();
        String retired = "prg-" + UUID.randomUUID();
        for (String id : List.of(seen, moved, gone, curated, retired)) {
            indexer.listing(listing(id, url(id), at));
        }
        indexer.awaitSettled();
        indexer.outcome(outcome(url(seen), PageStatus.NOT_MODIFIED, at.plusSeconds(30)));
        indexer.outcome(Fixtures.moved(url(moved), url(moved) + "new/", at.plusSeconds(30)));
        indexer.outcome(outcome(url(gone), PageStatus.GONE, at.plusSeconds(30)));
        indexer.decision(override(curated, Map.of("cost", "$1"), at.plusSeconds(31)));
        indexer.decision(decision(curated, CurationAction.CONFIRM, at.plusSeconds(32)));
        indexer.decision(decision(retired, CurationAction.RETIRE, at.plusSeconds(33)));
        indexer.awaitSettled();
        Map<String, ObjectNode> before = new LinkedHashMap<>();
        for (String id : List.of(seen, moved, gone, curated, retired)) {
            before.put(id, indexer.doc(id));
        }
        String oldIndex = new ProgramIndex(indexer.es()).writeIndex().orElseThrow();

        Reindexer.Result result = reindex();

        assertThat(result.previousIndex()).isEqualTo(oldIndex);
        assertThat(new ProgramIndex(indexer.es()).writeIndex()).contains(result.newIndex());
        assertThat(result.newIndex()).isNotEqualTo(oldIndex).startsWith(ProgramIndex.INDEX_PREFIX);
        before.forEach((id, doc) -> assertThat(indexer.doc(id)).as(id).isEqualTo(doc));
        assertThat(field(indexer.doc(moved), "sourceUrl").asText()).isEqualTo(url(moved) + "new/");
        assertThat(indexer.doc(moved).path("history").toString()).contains("\"MOVED\"");
        assertThat(field(indexer.doc(retired), "freshness.status").asText()).isEqualTo("RETIRED");
        assertThat(indexer.doc(curated).path("cost").asText()).isEqualTo("$1");
    }

    @Test
    void searchesNeverFailAndNeverSeeAPartialIndexWhileTheIndexIsRebuiltUnderLiveWrites() throws Exception {
        Instant at = Instant.now();
        int initial = 300;
        for (int i = 0; i < initial; i++) {
            String id = "prg-" + UUID.randomUUID();
            indexer.listing(listing(id, url(id), at));
        }
        indexer.awaitSettled();
        long indexed = indexer.es().count(c -> c.index(SearchIndex.PROGRAMS_ALIAS)).count();
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong queries = new AtomicLong();
        List<Thread> searchers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread searcher = new Thread(() -> search(running, indexed, failures, queries), "searcher-" + t);
            searcher.start();
            searchers.add(searcher);
        }
        List<String> duringRebuild = new ArrayList<>();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                String id = "prg-" + UUID.randomUUID();
                duringRebuild.add(id);
                indexer.listing(listing(id, url(id), at));
            }
        });

        writer.start();
        reindex();
        writer.join();
        indexer.awaitSettled();
        running.set(false);
        for (Thread searcher : searchers) {
            searcher.join();
        }

        assertThat(failures).isEmpty();
        assertThat(queries.get()).isPositive();
        assertThat(duringRebuild).allSatisfy(id -> assertThat(indexer.doc(id)).as(id).isNotNull());
        assertThat(indexer.es().count(c -> c.index(SearchIndex.PROGRAMS_ALIAS)).count()).isEqualTo(indexed + 50);
    }

    private static void search(AtomicBoolean running, long atLeast, ConcurrentLinkedQueue<String> failures, AtomicLong queries) {
        while (running.get()) {
            try {
                long total = indexer.es().search(s -> s.index(SearchIndex.PROGRAMS_ALIAS)
                        .query(q -> q.match(m -> m.field("name").query("endorsements")))
                        .trackTotalHits(h -> h.enabled(true)).size(5), ObjectNode.class).hits().total().value();
                if (total < atLeast) {
                    failures.add("a search found " + total + " of at least " + atLeast + " listings");
                }
                queries.incrementAndGet();
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }
}
