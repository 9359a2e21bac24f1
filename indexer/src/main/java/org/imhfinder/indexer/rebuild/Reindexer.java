package org.imhfinder.indexer.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.es.ProgramIndex;
import org.imhfinder.indexer.batch.Backoff;
import org.imhfinder.indexer.batch.IndexBatch;
import org.imhfinder.indexer.batch.RecordSource;
import org.imhfinder.indexer.document.ListingDocument;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.indexer.store.DocumentWrite;
import org.imhfinder.indexer.store.ElasticsearchListingStore;
import org.imhfinder.indexer.store.StateJournal;
import org.imhfinder.indexer.store.WriteResult;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.Topics;

/**
 * Builds a new version of the programs index from the topics and moves the search alias to it,
 * while searches and the live indexer go on:
 * <ol>
 *   <li>create {@code imh-programs-v1-N+1} from the current template, not refreshed while loading;</li>
 *   <li>read {@code imh.listing-state.v1}, {@code imh.programs.v1} and {@code imh.curation.v1} up
 *       to their ends now, fold them into every listing's state with the live rules, render and
 *       bulk-load the documents; journal the states the journal did not hold yet;</li>
 *   <li>refresh, then swap the alias in one atomic step: a search sees the old complete index or
 *       the new complete one, never a partial one;</li>
 *   <li>catch up: apply what the three topics gained since step 2 (the live indexer journals
 *       every change it made to the old index) to the new index, conditionally, as the live
 *       indexer does; applying is idempotent, so what both apply counts once;</li>
 *   <li>keep the previous version (for a rollback and searches still running on it), delete older ones.</li>
 * </ol>
 * The live indexer itself notices the swap after a batch and applies that batch to the new index too.
 */
public final class Reindexer {
    private static final List<String> SOURCES = List.of(Topics.LISTING_STATE, Topics.PROGRAMS, Topics.CURATION);

    private final ElasticsearchClient client;
    private final String kafkaBootstrap;
    private final StateJournal journal;
    private final FreshnessRules rules;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int batchSize;
    private final PrintStream out;

    public Reindexer(ElasticsearchClient client, String kafkaBootstrap, StateJournal journal, FreshnessRules rules,
                     MeterRegistry meters, Clock clock, int batchSize, PrintStream out) {
        this.client = client;
        this.kafkaBootstrap = kafkaBootstrap;
        this.journal = journal;
        this.rules = rules;
        this.meters = meters;
        this.clock = clock;
        this.batchSize = batchSize;
        this.out = out;
    }

    /** What a rebuild did. */
    public record Result(String previousIndex, String newIndex, long listings, long rejected, long skippedRecords,
                         long decisionsWithoutListing, long caughtUp, List<String> deleted, Duration took) {
    }

    public Result run() throws IOException {
        Instant started = clock.instant();
        ProgramIndex index = new ProgramIndex(client);
        index.putTemplate();
        Optional<String> previous = index.writeIndex();
        String next = index.nextVersion();
        index.createForBulkLoad(next);
        out.printf("Building %s (searches stay on %s meanwhile)%n", next, previous.orElse("nothing"));
        try (TopicReader reader = new TopicReader(kafkaBootstrap)) {
            Map<TopicPartition, Long> loadedUpTo = reader.ends(SOURCES);
            RebuildFold fold = new RebuildFold(new History(rules), started);
            for (String topic : SOURCES) {
                reader.read(Map.of(), only(loadedUpTo, topic), fold::accept);
            }
            long[] loaded = load(next, fold, started);
            index.finishBulkLoad(next);
            swap(index, previous, next);
            long caughtUp = catchUp(reader, loadedUpTo);
            List<String> deleted = deleteOlder(index, previous.orElse(null), next);
            return new Result(previous.orElse(null), next, loaded[0], loaded[1], fold.skipped(),
                    fold.decisionsWithoutListing(), caughtUp, deleted, Duration.between(started, clock.instant()));
        }
    }

    /** Renders and bulk-loads every state; returns {listings written, documents refused}. */
    private long[] load(String target, RebuildFold fold, Instant now) throws IOException {
        ElasticsearchListingStore store = new ElasticsearchListingStore(client);
        ListingDocument documents = new ListingDocument(rules);
        History history = new History(rules);
        List<DocumentWrite> writes = new ArrayList<>();
        List<ListingState> toJournal = new ArrayList<>();
        long[] counts = new long[2];
        for (ListingState folded : fold.states()) {
            Judged judged = history.catchUp(folded, now);
            ListingState state = judged.state();
            ObjectNode document = documents.render(judged);
            if (document == null) {
                continue;
            }
            writes.add(new DocumentWrite(state.programId(), document, null));
            if (fold.newerThanJournal(state)) {
                toJournal.add(state);
            }
            if (writes.size() == batchSize) {
                flush(store, target, writes, toJournal, counts);
            }
        }
        flush(store, target, writes, toJournal, counts);
        out.printf("  %d listings loaded (%d refused by Elasticsearch)%n", counts[0], counts[1]);
        return counts;
    }

    private void flush(ElasticsearchListingStore store, String target, List<DocumentWrite> writes,
                       List<ListingState> toJournal, long[] counts) throws IOException {
        if (writes.isEmpty()) {
            return;
        }
        for (WriteResult result : store.write(target, writes, false)) {
            counts[result.status() == WriteResult.Status.WRITTEN ? 0 : 1]++;
        }
        journal.publish(toJournal);
        writes.clear();
        toJournal.clear();
    }

    private void swap(ProgramIndex index, Optional<String> previous, String next) throws IOException {
        if (previous.isPresent()) {
            index.swapAlias(previous.get(), next);
        } else {
            index.addAlias(next);
        }
        out.printf("  alias moved to %s%n", next);
    }

    /** Applies what the topics gained while loading, through the alias (now the new index). */
    private long catchUp(TopicReader reader, Map<TopicPartition, Long> loadedUpTo) {
        Map<TopicPartition, Long> now = reader.ends(SOURCES);
        IndexBatch batch = new IndexBatch(new ElasticsearchListingStore(client), journal, (source, reason) -> { },
                rules, meters, clock, Duration.ofMinutes(2), Backoff.DEFAULT);
        List<RecordSource> pending = new ArrayList<>();
        long[] count = {0};
        reader.read(loadedUpTo, now, record -> {
            pending.add(record);
            count[0]++;
            if (pending.size() == batchSize) {
                batch.index(List.copyOf(pending));
                pending.clear();
            }
        });
        if (!pending.isEmpty()) {
            batch.index(pending);
        }
        out.printf("  %d records that arrived meanwhile applied%n", count[0]);
        return count[0];
    }

    private List<String> deleteOlder(ProgramIndex index, String previous, String next) throws IOException {
        List<String> deleted = new ArrayList<>();
        for (String version : index.versions()) {
            if (!version.equals(previous) && !version.equals(next)) {
                index.delete(version);
                deleted.add(version);
            }
        }
        return deleted;
    }

    private static Map<TopicPartition, Long> only(Map<TopicPartition, Long> offsets, String topic) {
        Map<TopicPartition, Long> selected = new java.util.HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (partition.topic().equals(topic)) {
                selected.put(partition, offset);
            }
        });
        return selected;
    }
}
