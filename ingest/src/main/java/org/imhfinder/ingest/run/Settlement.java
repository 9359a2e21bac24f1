package org.imhfinder.ingest.run;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * When is a fetched run SETTLED, i.e. everything it published normalized, indexed and
 * searchable? When the run is FETCHED the end offsets of {@code imh.pages.v1} are noted; once
 * {@code imh-normalize} has committed past them, everything normalize wrote for those pages is
 * in {@code imh.programs.v1} and {@code imh.page-outcomes.v1} (it commits only after writing),
 * so their end offsets are noted; once {@code imh-indexer} has committed past those (it commits
 * only once records are searchable), the run is settled. Offsets only grow, so a snapshot taken
 * late (after a restart) only waits longer, never settles early.
 */
public interface Settlement {
    /** How far a run's settling has got. */
    record Progress(Phase phase, Map<TopicPartition, Long> targets) {
        public boolean settled() {
            return phase == Phase.SETTLED;
        }
    }

    /** Which consumer group the run waits for. */
    enum Phase { NORMALIZE, INDEXER, SETTLED }

    /** The first step: note where the pages topic ends now. */
    Progress begin();

    /** One look: the same progress while the group lags, the next phase once it caught up. */
    Progress advance(Progress progress);

    /**
     * How many records of {@code topic} the consumer group has not committed yet, or empty when that is not known
     * (Kafka does not answer) or no member of the group reads the topic now.
     */
    default OptionalLong backlog(String group, String topic) {
        return OptionalLong.empty();
    }

    /**
     * Whether a group has committed at or past every target. Partitions with nothing to read
     * (target at or before the log start) never hold a run back; a topic in {@code optional} that
     * the group does not read at all (no commits, not assigned) is left out.
     */
    static boolean caughtUp(Map<TopicPartition, Long> targets, Map<TopicPartition, Long> committed,
                            Map<TopicPartition, Long> logStart, Set<String> consumedTopics, Set<String> optional) {
        for (Map.Entry<TopicPartition, Long> target : targets.entrySet()) {
            TopicPartition tp = target.getKey();
            long end = target.getValue();
            boolean nothingToRead = end <= logStart.getOrDefault(tp, 0L);
            boolean notRead = optional.contains(tp.topic()) && !consumedTopics.contains(tp.topic());
            if (!nothingToRead && !notRead && committed.getOrDefault(tp, -1L) < end) {
                return false;
            }
        }
        return true;
    }
}
