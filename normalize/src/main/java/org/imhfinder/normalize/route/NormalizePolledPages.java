package org.imhfinder.normalize.route;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.runtime.kafka.OwnedRecords;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.runtime.ops.BeforeNextPoll;
import org.imhfinder.schema.InvalidRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pages route does with the records a lane's consumer brought (Camel's batching consumer hands them over as
 * a list, on the consumer's own thread). Per partition, in offset order, records are taken in rounds: each round's
 * pages are normalized, then all their listings are sent and acknowledged together, then all their outcomes and
 * documents (see {@link NormalizeRoutes}), then one commit finishes the round. Two waits for Kafka a round instead of
 * two a page.
 *
 * <ul>
 *   <li>A round holds a page's URL (the record's key) once: the next version of a page starts the next round, so the
 *   versions of one page keep their order on every topic, listings before outcome, as they did one at a time.</li>
 *   <li>A record that cannot be read, is too large or yields an invalid listing is dead-lettered and its round goes
 *   on.</li>
 *   <li>A failure that escapes a round sends the lane back to the round's first record. After a bug, {@link Attempts}
 *   has the round's records taken one at a time, so that only the one at fault is counted to its end; after Kafka
 *   not taking the outputs, the round is taken again whole. Anything the round published before it failed is
 *   published again: at least once, as before.</li>
 * </ul>
 */
final class NormalizePolledPages implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(NormalizePolledPages.class);
    private static final Duration READ_COMMITTED = Duration.ofSeconds(10);

    private final Attempts attempts;
    private final RecordSizeLimit sizeLimit;
    private final NormalizePage normalize;
    private final ProducerTemplate template;
    private final NormalizeMetrics metrics;
    /**
     * Per lane (its consumer), where a failed round sent each partition back. Camel's batching consumer queues the
     * records of the poll that came before the failure was known: they are after that offset, and are dropped from
     * the lane's next list. Weak keys: a consumer Camel replaced (after a poll error) takes its entry with it.
     */
    private final Map<Consumer<?, ?>, Map<TopicPartition, Long>> rewound = Collections.synchronizedMap(new WeakHashMap<>());
    /** Per partition, the offset the latest finished round committed (see {@code commit}). */
    private final Map<TopicPartition, Long> finished = new ConcurrentHashMap<>();

    NormalizePolledPages(Attempts attempts, RecordSizeLimit sizeLimit, NormalizePage normalize, ProducerTemplate template,
                         NormalizeMetrics metrics) {
        this.attempts = attempts;
        this.sizeLimit = sizeLimit;
        this.normalize = normalize;
        this.template = template;
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange polled) {
        Map<TopicPartition, List<Exchange>> byPartition = new LinkedHashMap<>();
        Consumer<?, ?> consumer = null;
        @SuppressWarnings("unchecked")
        List<Exchange> owned = OwnedRecords.of(polled.getMessage().getBody(List.class));
        for (Exchange record : owned) {
            DefaultKafkaManualCommit commit = commitOf(record);
            consumer = commit.getConsumer();
            byPartition.computeIfAbsent(commit.getPartition(), p -> new ArrayList<>()).add(record);
        }
        if (consumer == null) {
            return;
        }
        Map<TopicPartition, Long> before = rewound.remove(consumer);
        Map<TopicPartition, Long> now = new LinkedHashMap<>();
        RuntimeException untrusted = null;
        for (Map.Entry<TopicPartition, List<Exchange>> partition : byPartition.entrySet()) {
            PartitionRounds rounds = new PartitionRounds(consumer, partition.getKey(), now);
            Long back = before == null ? null : before.remove(partition.getKey());
            List<Exchange> records = back == null ? partition.getValue() : rounds.afterRewind(partition.getValue(), back);
            RuntimeException failure = rounds.take(records);
            if (untrusted == null && Attempts.anyCause(failure, Error.class::isInstance)) {
                untrusted = failure;
            }
        }
        if (before != null) { // rewound, and nothing of them this time
            for (Map.Entry<TopicPartition, Long> left : before.entrySet()) {
                new PartitionRounds(consumer, left.getKey(), now).rewind(left.getValue());
            }
        }
        if (!now.isEmpty()) {
            rewound.put(consumer, now);
        }
        if (untrusted != null) {
            // every partition is taken care of; failing the exchange now tells the consumers' health that a record's
            // processing threw an Error (the process cannot be trusted to go on)
            throw untrusted;
        }
    }

    private static void failOn(Exchange exchange) {
        Exception failure = exchange.getException();
        if (failure != null) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    private static DefaultKafkaManualCommit commitOf(Exchange record) {
        return record.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, DefaultKafkaManualCommit.class);
    }

    private static long offsetOf(Exchange record) {
        return commitOf(record).getRecordOffset();
    }

    /** One partition's records in one list, taken in rounds on the lane's thread. */
    private final class PartitionRounds {
        private final Consumer<?, ?> consumer;
        private final TopicPartition partition;
        private final Map<TopicPartition, Long> rewinds;

        PartitionRounds(Consumer<?, ?> consumer, TopicPartition partition, Map<TopicPartition, Long> rewinds) {
            this.consumer = consumer;
            this.partition = partition;
            this.rewinds = rewinds;
        }

        /**
         * The records after a rewind to {@code back}: those fetched before it (past {@code back}) are dropped until the
         * first record at or before it. When none came, the partition is sought back again (a duplicate at worst).
         */
        List<Exchange> afterRewind(List<Exchange> records, long back) {
            for (int i = 0; i < records.size(); i++) {
                if (offsetOf(records.get(i)) <= back) {
                    return records.subList(i, records.size());
                }
            }
            rewind(back);
            return List.of();
        }

        /** Takes the records in rounds; returns the failure that sent the lane back, if one did. */
        RuntimeException take(List<Exchange> records) {
            int next = 0;
            while (next < records.size()) {
                Exchange first = records.get(next);
                long offset = offsetOf(first);
                int end = roundEnd(records, next);
                try {
                    Attempts.Start start = attempts.start(partition, offset, offsetOf(records.get(end - 1)), this::committedMark);
                    if (!start.proceed()) {
                        deadLetter(first, new RepeatedFailureException(start.givenUp()));
                        commit(offset + 1, attempts.finished(partition, offset), true);
                        next++;
                        continue;
                    }
                    commit(offset, Optional.of(start.mark()), false);
                    List<Exchange> round = new ArrayList<>();
                    for (int i = next; i < end && offsetOf(records.get(i)) <= start.through(); i++) {
                        round.add(records.get(i));
                    }
                    normalizeAndPublish(round);
                    commit(start.through() + 1, attempts.finished(partition, start.through()), true);
                    metrics.round(round.size());
                    next += round.size();
                } catch (RuntimeException e) {
                    attempts.failed(partition, offset, e);
                    LOG.warn("normalizing {} from offset {} failed, to be taken again: {}", partition, offset, e.toString());
                    rewind(offset);
                    return e;
                }
            }
            return null;
        }

        /** Where the round from {@code from} ends (exclusive): before a page it holds already, or with the list. */
        private int roundEnd(List<Exchange> records, int from) {
            Set<Object> pages = new HashSet<>();
            int end = from;
            while (end < records.size() && pages.add(records.get(end).getMessage().getHeader(KafkaConstants.KEY))) {
                end++;
            }
            return end;
        }

        /** Normalizes the round's pages (dead-lettering those that cannot be), then publishes them together. */
        private void normalizeAndPublish(List<Exchange> round) {
            List<NormalizedPage> results = new ArrayList<>(round.size());
            for (Exchange record : round) {
                try {
                    sizeLimit.process(record);
                    normalize.process(record);
                    results.add(NormalizePage.result(record));
                } catch (InvalidRecordException | IllegalArgumentException e) {
                    deadLetter(record, e);
                }
            }
            failOn(template.send(NormalizeRoutes.PUBLISH, exchange -> exchange.setProperty(NormalizePage.RESULTS, results)));
        }

        private void deadLetter(Exchange record, Exception cause) {
            record.setProperty(Exchange.EXCEPTION_CAUGHT, cause);
            failOn(template.send(NormalizeRoutes.DEAD_LETTER, record));
        }

        /**
         * Commits without waiting: the consumer sends its commits in order, so the group's offset only moves forward.
         * A round's finishing commit that fails is sent again at the lane's next poll while it is still the partition's
         * latest and the lane still has the partition: with no later round to commit past it, the group would
         * otherwise stay behind for good.
         */
        private void commit(long offset, Optional<Attempts.Mark> mark, boolean finishing) {
            OffsetAndMetadata committed = mark.map(m -> new OffsetAndMetadata(offset, m.metadata()))
                    .orElseGet(() -> new OffsetAndMetadata(offset));
            if (finishing) {
                finished.put(partition, offset);
            }
            send(committed, finishing, 0);
        }

        /**
         * Sends the commit; {@code resent} times it was sent again. A consumer refuses a commit at once while it
         * rebalances or reaches no broker, and the callback of a commit sent from a callback runs in the same turn: so a
         * refused finishing commit is sent again at the start of the lane's next poll ({@link BeforeNextPoll}), once per
         * poll, if it is then still owed; only the first failure is logged. A consumer out of the group ({@link
         * CommitFailedException}: its session or poll interval expired) is not sent it again: it refuses every commit
         * until it polls, and rejoining takes the partition back from the group's committed offset, whose records are
         * then taken again.
         */
        private void send(OffsetAndMetadata committed, boolean finishing, int resent) {
            consumer.commitAsync(Map.of(partition, committed), (offsets, failure) -> {
                if (failure == null) {
                    if (resent > 0) {
                        LOG.info("committed {}, sent {} times", offsets, resent + 1);
                    }
                    return;
                }
                boolean again = finishing && !(failure instanceof CommitFailedException) && owed(committed)
                        && BeforeNextPoll.queue(consumer, () -> {
                            if (owed(committed)) {
                                send(committed, true, resent + 1);
                            }
                        });
                if (resent == 0 || !again) {
                    LOG.warn("could not commit {}{}: {}", offsets, again ? ", sending it again at the next poll"
                            : resent > 0 ? " (sent " + (resent + 1) + " times), no longer sending it" : "", failure.toString());
                }
            });
        }

        /** Whether the commit still finishes the partition's latest round, on a partition the lane still has. */
        private boolean owed(OffsetAndMetadata committed) {
            return finished.getOrDefault(partition, -1L) == committed.offset() && consumer.assignment().contains(partition);
        }

        /** Sends the lane back to {@code offset} on this partition, if it still has the partition. */
        void rewind(long offset) {
            if (consumer.assignment().contains(partition)) {
                consumer.seek(partition, offset);
                rewinds.put(partition, offset);
            }
        }

        private Optional<Attempts.Mark> committedMark() {
            OffsetAndMetadata committed = consumer.committed(Set.of(partition), READ_COMMITTED).get(partition);
            return committed == null ? Optional.empty() : Attempts.Mark.parse(committed.metadata());
        }
    }
}
