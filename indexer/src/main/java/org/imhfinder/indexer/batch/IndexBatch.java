package org.imhfinder.indexer.batch;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.imhfinder.indexer.document.ListingDocument;
import org.imhfinder.indexer.freshness.FreshnessRules;
import org.imhfinder.indexer.freshness.History;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.indexer.store.Failures;
import org.imhfinder.indexer.store.ListingStore;
import org.imhfinder.indexer.store.StateJournal;
import org.imhfinder.indexer.store.WriteResult;
import org.imhfinder.schema.InvalidRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes one batch of records so that, when {@link #index} returns, every record's effect is
 * searchable through the alias and its listing states are durable in
 * {@code imh.listing-state.v1}, or the record is on the dead-letter topic with the reason:
 * only then may its offset be committed.
 *
 * <p>An attempt reads the listings the batch touches from the index the alias writes to, applies
 * the records, writes the documents that changed in bulk requests of at most {@code bulkSize}
 * (conditionally, not refreshed one by one), hands their states to the journal, refreshes the
 * index once (while the journal's acknowledgements come in), waits for the journal, and checks
 * the alias still points where it wrote. So one refresh and one journal wait serve every bulk of
 * the batch, and neither waits for the other. Applying is
 * idempotent, so an attempt after a partial success, a conflict or a moved alias simply starts
 * over: what was written already applies as "no change". Elasticsearch or Kafka being away is
 * retried with backoff for {@code retryFor}; then the batch is given back
 * ({@link IndexingUnavailableException}), uncommitted, for Kafka to deliver again.
 */
public final class IndexBatch {
    private static final Logger LOG = LoggerFactory.getLogger(IndexBatch.class);

    private final ListingStore store;
    private final StateJournal journal;
    private final DeadLetterSink deadLetters;
    private final BatchApplier applier;
    private final History history;
    private final ListingDocument documents;
    private final BatchMeters meters;
    private final Clock clock;
    private final Duration retryFor;
    private final Backoff backoff;
    private final int bulkSize;

    /** A batch written in one bulk request, whatever its size. */
    public IndexBatch(ListingStore store, StateJournal journal, DeadLetterSink deadLetters, FreshnessRules rules,
                      MeterRegistry registry, Clock clock, Duration retryFor, Backoff backoff) {
        this(store, journal, deadLetters, rules, registry, clock, retryFor, backoff, Integer.MAX_VALUE);
    }

    /** A batch written in bulk requests of at most {@code bulkSize} documents, refreshed once. */
    public IndexBatch(ListingStore store, StateJournal journal, DeadLetterSink deadLetters, FreshnessRules rules,
                      MeterRegistry registry, Clock clock, Duration retryFor, Backoff backoff, int bulkSize) {
        this.store = store;
        this.journal = journal;
        this.deadLetters = deadLetters;
        this.history = new History(rules);
        this.applier = new BatchApplier(history);
        this.documents = new ListingDocument(rules);
        this.meters = new BatchMeters(registry);
        this.clock = clock;
        this.retryFor = retryFor;
        this.backoff = backoff;
        this.bulkSize = bulkSize;
    }

    /** What a batch came to. */
    public record Report(int records, int changing, int documentsWritten, int deadLettered) {
    }

    public Report index(List<RecordSource> sources) {
        Batch batch = new Batch();
        for (RecordSource source : sources) {
            try {
                batch.records.add(InputRecords.read(source));
            } catch (InvalidRecordException e) {
                batch.deadLetter(source, e);
            }
        }
        Instant giveUpAt = clock.instant().plus(retryFor);
        for (int attempt = 1; ; attempt++) {
            String retry;
            try {
                retry = attempt(batch);
            } catch (RuntimeException | IOException e) {
                if (!Failures.isRetriable(e)) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
                retry = "unavailable";
                batch.lastFailure = e;
                LOG.debug("batch attempt {} failed: {}", attempt, e.toString());
            }
            if (retry == null) {
                return batch.report(sources.size(), meters);
            }
            meters.retry(retry);
            if (!clock.instant().isBefore(giveUpAt) || !backoff.pause(attempt + 1)) {
                meters.handedBack();
                throw new IndexingUnavailableException("gave up indexing a batch of " + sources.size() + " records after "
                        + attempt + " attempts (" + retry + "); Kafka delivers it again", batch.lastFailure);
            }
        }
    }

    /** One attempt; null when the batch is done, else why it needs another. */
    private String attempt(Batch batch) throws IOException {
        Instant now = clock.instant();
        String index = store.writeIndex();
        WorkingSet working = WorkingSet.load(store, index, batch.records, history, now);
        BatchApplier.Applied applied = applier.apply(batch.records, working, now);
        applied.refused().forEach(batch::deadLetter);
        batch.changing.addAll(applied.changing());
        List<String> unrenderable = new ArrayList<>();
        String retry = write(index, working, now, batch, (listing, reason) -> {
            if (batch.rejected(listing, reason)) {
                unrenderable.add(listing.id());
            }
        });
        if (retry == null && !unrenderable.isEmpty()) {
            return "rejected";
        }
        if (retry == null && !index.equals(store.writeIndex())) {
            return "alias_moved";
        }
        return retry;
    }

    /**
     * Renders the changed documents one bulk at a time and sends each bulk while the one before
     * is indexed (at most two in flight), so rendering and journaling overlap Elasticsearch's work.
     * Once every bulk is back: one refresh while the journal's acknowledgements come in, then the
     * wait for both, so a committed offset still means searchable and journaled.
     */
    private String write(String index, WorkingSet working, Instant now, Batch batch,
                         BiConsumer<Tracked, String> unrenderable) throws IOException {
        Bulks bulks = new Bulks(index, batch);
        List<WorkingSet.Pending> next = new ArrayList<>();
        for (Tracked listing : working.all()) {
            WorkingSet.Pending change = WorkingSet.change(listing, documents, history, now, unrenderable);
            if (change != null) {
                next.add(change);
            }
            if (next.size() == bulkSize) {
                bulks.send(next);
                next = new ArrayList<>();
            }
        }
        if (!next.isEmpty()) {
            bulks.send(next);
        }
        return bulks.finish();
    }

    /** The bulks of one attempt: the one in flight, and what those back so far came to. */
    private final class Bulks {
        private final String index;
        private final Batch batch;
        private final List<StateJournal.Acks> acks = new ArrayList<>();
        private InFlight inFlight;
        private int written;
        private String retry;

        Bulks(String index, Batch batch) {
            this.index = index;
            this.batch = batch;
        }

        /** Sends {@code bulk}, then settles the one before it (Elasticsearch indexes this one meanwhile). */
        void send(List<WorkingSet.Pending> bulk) throws IOException {
            Timer.Sample sample = Timer.start();
            Map<Judged, String> states = new IdentityHashMap<>();
            bulk.forEach(p -> states.put(p.judged(), ListingDocument.takeStateText(p.write().document())));
            CompletableFuture<List<WriteResult>> results =
                    store.writeAsync(index, bulk.stream().map(WorkingSet.Pending::write).toList());
            settle();
            inFlight = new InFlight(bulk, states, results, sample);
        }

        /** Waits for the bulk in flight, sorts its results and journals what it wrote. */
        private void settle() throws IOException {
            if (inFlight == null) {
                return;
            }
            InFlight bulk = inFlight;
            inFlight = null;
            List<WriteResult> results = ListingStore.await(bulk.results());
            meters.bulk(bulk.sample(), bulk.pending().size());
            List<Judged> done = new ArrayList<>();
            retry = outcomes(bulk.pending(), results, batch, done, retry);
            if (!done.isEmpty()) {
                acks.add(journal.send(done, bulk.states()::get));
                written += done.size();
            }
        }

        /** Null when every bulk wrote (or none was needed), else why the batch needs another attempt. */
        String finish() throws IOException {
            boolean sent = inFlight != null;
            settle();
            if (sent) {
                store.refresh(index);
            }
            acks.forEach(StateJournal.Acks::await);
            batch.written += written;
            meters.indexed(written);
            return retry;
        }
    }

    /** A bulk sent: its documents, the JSON text of each one's state (for the journal), its results to come. */
    private record InFlight(List<WorkingSet.Pending> pending, Map<Judged, String> states,
                            CompletableFuture<List<WriteResult>> results, Timer.Sample sample) {
    }

    /** Sorts a bulk's results: written states to journal, and the reason for another attempt, if any. */
    private static String outcomes(List<WorkingSet.Pending> bulk, List<WriteResult> results, Batch batch,
                                   List<Judged> written, String retry) {
        for (int i = 0; i < results.size(); i++) {
            WriteResult result = results.get(i);
            Tracked listing = bulk.get(i).listing();
            switch (result.status()) {
                case WRITTEN -> written.add(bulk.get(i).judged());
                case CONFLICT -> retry = retry == null ? "conflict" : retry;
                case RETRIABLE -> retry = "unavailable";
                case REJECTED -> {
                    if (batch.rejected(listing, result.reason())) {
                        retry = retry == null ? "rejected" : retry;
                    }
                }
            }
        }
        return retry;
    }

    /** The records still to apply and what became of the others. */
    private final class Batch {
        final List<InputRecord> records = new ArrayList<>();
        final Set<RecordSource> changing = new HashSet<>();
        final Map<RecordSource, Exception> deadLettered = new LinkedHashMap<>();
        int written;
        Exception lastFailure;

        void deadLetter(RecordSource source, Exception reason) {
            deadLetters.send(source, reason);
            deadLettered.put(source, reason);
            records.removeIf(r -> r.source().equals(source));
            LOG.warn("dead-lettered {}[{}]@{} (key {}): {}", source.topic(), source.partition(), source.offset(),
                    source.key(), reason.getMessage());
        }

        /**
         * Elasticsearch refused the listing's document: the records that made it go to the
         * dead-letter topic, and the batch goes on without them (true). A document no record of
         * the batch changed (only time did) is left as stored, logged and counted (false).
         */
        boolean rejected(Tracked listing, String reason) {
            DocumentRejectedException cause = new DocumentRejectedException(listing.id(), reason);
            List<RecordSource> culprits = List.copyOf(listing.touchedBy());
            if (culprits.isEmpty()) {
                LOG.error("Elasticsearch refused stored listing {} with no new record to blame: {}", listing.id(), reason);
                meters.orphanRejection();
                return false;
            }
            culprits.forEach(source -> deadLetter(source, cause));
            return true;
        }

        Report report(int total, BatchMeters meters) {
            for (InputRecord record : records) {
                meters.record(record, changing.contains(record.source()));
            }
            deadLettered.keySet().forEach(meters::deadLettered);
            return new Report(total, changing.size(), written, deadLettered.size());
        }
    }
}
