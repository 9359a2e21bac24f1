package org.imhfinder.normalize.route;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * How many times each page record was started without being finished, so that one record cannot
 * stop normalize for good: after {@code max} attempts it is dead-lettered instead.
 *
 * <p>A record is finished when its offset is committed (after its results, or its dead letter, are
 * written). Its attempts are counted by topic, partition and offset, and kept in two places:
 * <ul>
 *   <li>here, for failures that escape the record's own dead-lettering while the process lives
 *   (the consumer seeks back and delivers the record again);</li>
 *   <li>in the consumer group's committed offset itself: before an attempt, the offset the group
 *   already has committed (this record's) is committed again with a {@link Mark} as its metadata.
 *   Committing the next offset when the record is done clears it. A process that crashes, runs out
 *   of memory or is killed on the record leaves the mark, and the instance that gets the partition
 *   next (after a restart, or another one) reads it with the committed offset.</li>
 * </ul>
 * No extra topic or store: the mark lives and goes with the offset it is about, and costs one
 * asynchronous commit per record, plus one read of the committed offset when a partition is
 * (re)assigned. A failure of Kafka itself (a retriable error, an interrupt while stopping) does not
 * count: the record is not at fault.
 */
final class Attempts {
    private final int max;
    private final Map<TopicPartition, Current> current = new ConcurrentHashMap<>();

    Attempts(int max) {
        this.max = max;
    }

    /** The attempts so far, as the metadata of a committed offset: {@code imh-normalize-attempts:v1:OFFSET:COUNT}. */
    record Mark(long offset, int attempts) {
        private static final Pattern FORMAT = Pattern.compile("imh-normalize-attempts:v1:(\\d{1,19}):(\\d{1,9})");

        String metadata() {
            return "imh-normalize-attempts:v1:" + offset + ":" + attempts;
        }

        static Optional<Mark> parse(String metadata) {
            Matcher m = metadata == null ? null : FORMAT.matcher(metadata);
            return m != null && m.matches() ? Optional.of(new Mark(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))))
                    : Optional.empty();
        }
    }

    /** What to do with a delivered record: attempt it (and write {@code mark} first), or give up on it. */
    record Start(Mark mark, String givenUp) {
        boolean proceed() {
            return givenUp == null;
        }
    }

    /** The record at this partition's current position (this process's memory of it). */
    private static final class Current {
        final long offset;
        int attempts;
        boolean uncounted;
        String lastFailure;

        Current(long offset, int attempts, String lastFailure) {
            this.offset = offset;
            this.attempts = attempts;
            this.lastFailure = lastFailure;
        }
    }

    /**
     * A record was delivered. {@code committed} reads the mark the group's committed offset carries; it is
     * asked only when this process has not just been on this partition (after a start or a reassignment).
     */
    Start start(TopicPartition partition, long offset, Supplier<Optional<Mark>> committed) {
        Current known = current.get(partition);
        Current now;
        if (known != null && known.offset == offset) {
            now = known;
        } else if (known != null && known.offset == offset - 1) {
            // the record after the one this process just finished: its first attempt (had another instance held the
            // partition in between and failed on it, that attempt goes uncounted: one more round at worst)
            now = new Current(offset, 0, null);
        } else {
            int before = committed.get().filter(m -> m.offset() == offset).map(Mark::attempts).orElse(0);
            now = new Current(offset, before, before > 0 ? "the stage stopped while on it (a crash, a kill or running out of"
                    + " memory)" : null);
        }
        current.put(partition, now);
        if (now.attempts >= max) {
            return new Start(null, "failed " + now.attempts + " times (" + partition + "@" + offset + ")"
                    + (now.lastFailure == null ? "" : "; the last time " + now.lastFailure));
        }
        now.attempts++;
        now.uncounted = false;
        return new Start(new Mark(offset, now.attempts), null);
    }

    /** A failure escaped the record's attempt (the consumer will deliver it again). */
    void failed(TopicPartition partition, long offset, Throwable cause) {
        Current now = current.get(partition);
        if (now == null || now.offset != offset || cause == null) {
            return;
        }
        if (notTheRecords(cause)) {
            if (!now.uncounted) {
                now.uncounted = true;
                now.attempts--;
            }
        } else {
            now.lastFailure = "it failed: " + describe(cause);
        }
    }

    /** Kafka failing or the stage stopping: nothing about the record. */
    static boolean notTheRecords(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException || t instanceof InterruptException || t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return root == cause ? what : what + " (" + root.getClass().getSimpleName() + ")";
    }
}
