package org.imhfinder.normalize.route;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
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
 * <p>A lane takes the records a poll brought in rounds (see {@link NormalizePolledPages}): a round
 * is normalized and published together and finished by one commit. A record is finished when its
 * offset is committed (after its results, or its dead letter, are written). Attempts are counted by
 * topic, partition and offset, and kept in two places:
 * <ul>
 *   <li>here, for failures that escape a round while the process lives (the lane seeks back and
 *   gets the records again);</li>
 *   <li>in the consumer group's committed offset itself: before a round, the offset the group
 *   already has committed (its first record's) is committed again with a {@link Mark} as its
 *   metadata. Committing the next offset when the round is done clears it. A process that crashes,
 *   runs out of memory or is killed on a round leaves the mark, and the instance that gets the
 *   partition next (after a restart, or another one) reads it with the committed offset.</li>
 * </ul>
 * A round that did not finish does not say which of its records was at fault. So its records are
 * then taken one at a time ({@link Start#through()} is the record itself), each with attempts of its
 * own, until past the last of them: an innocent record is normalized once more, and only the one at
 * fault reaches {@code max}. No extra topic or store: the mark lives and goes with the offset it is
 * about, and costs one asynchronous commit per round, plus one read of the committed offset when a
 * partition is (re)assigned. A failure of Kafka itself (a retriable error, an interrupt while
 * stopping) does not count: the records are not at fault.
 */
final class Attempts {
    private static final String STOPPED = "the stage stopped while on it (a crash, a kill or running out of memory)";

    private final int max;
    private final Map<TopicPartition, Current> current = new ConcurrentHashMap<>();

    Attempts(int max) {
        this.max = max;
    }

    /**
     * A mark on a committed offset: the record at {@code offset} was started {@code attempts} times on its own, and
     * the records from it through {@code through} were started together without finishing (through is the offset
     * itself for one record). Written {@code imh-normalize-attempts:v1:OFFSET:COUNT}, with {@code :THROUGH} after it
     * when that is a later record.
     */
    record Mark(long offset, int attempts, long through) {
        private static final Pattern FORMAT = Pattern.compile("imh-normalize-attempts:v1:(\\d{1,19}):(\\d{1,9})(?::(\\d{1,19}))?");

        Mark(long offset, int attempts) {
            this(offset, attempts, offset);
        }

        String metadata() {
            return "imh-normalize-attempts:v1:" + offset + ":" + attempts + (through == offset ? "" : ":" + through);
        }

        static Optional<Mark> parse(String metadata) {
            Matcher m = metadata == null ? null : FORMAT.matcher(metadata);
            if (m == null || !m.matches()) {
                return Optional.empty();
            }
            long offset = Long.parseLong(m.group(1));
            long through = m.group(3) == null ? offset : Long.parseLong(m.group(3));
            return through < offset ? Optional.empty() : Optional.of(new Mark(offset, Integer.parseInt(m.group(2)), through));
        }
    }

    /**
     * What to do with the records from a delivered one: attempt them through {@code through} (and write {@code mark}
     * first), or give up on the first.
     */
    record Start(Mark mark, String givenUp, long through) {
        boolean proceed() {
            return givenUp == null;
        }
    }

    /** The record at this partition's current position (this process's memory of it). */
    private static final class Current {
        final long offset;
        /** the last record of a round that did not finish, taken one at a time up to it; below offset when none */
        final long suspectsThrough;
        int attempts;
        boolean uncounted;
        String lastFailure;
        /** the last record of the round now started from this one */
        long roundThrough;

        Current(long offset, int attempts, long suspectsThrough, String lastFailure) {
            this.offset = offset;
            this.attempts = attempts;
            this.suspectsThrough = suspectsThrough;
            this.lastFailure = lastFailure;
            this.roundThrough = offset;
        }

        boolean alone() {
            return attempts > 0 || suspectsThrough >= offset;
        }
    }

    /**
     * Records from {@code offset} through {@code last} were delivered; how many of them to take as a round. {@code
     * committed} reads the mark the group's committed offset carries; it is asked only when this process has not just
     * been on this partition (after a start or a reassignment).
     */
    Start start(TopicPartition partition, long offset, long last, Supplier<Optional<Mark>> committed) {
        Current known = current.get(partition);
        Current now;
        if (known != null && known.offset == offset) {
            now = known;
        } else {
            now = committed.get().filter(m -> m.offset() == offset)
                    .map(m -> new Current(offset, m.attempts(), m.through(), STOPPED))
                    .orElseGet(() -> new Current(offset, 0, offset - 1, null));
            current.put(partition, now);
        }
        if (now.attempts >= max) {
            return new Start(null, "failed " + now.attempts + " times (" + partition + "@" + offset + ")"
                    + (now.lastFailure == null ? "" : "; the last time " + now.lastFailure), offset);
        }
        now.uncounted = false;
        if (now.alone() || last == offset) {
            now.attempts++;
            now.roundThrough = offset;
            return new Start(new Mark(offset, now.attempts, Math.max(offset, now.suspectsThrough)), null, offset);
        }
        now.roundThrough = last;
        return new Start(new Mark(offset, 0, last), null, last);
    }

    /**
     * The round that began at {@code offset} is done (published or dead-lettered) through {@code through}. Returns the
     * mark the next record carries when it is still one to take alone, for the commit that finishes the round.
     */
    Optional<Mark> finished(TopicPartition partition, long through) {
        Current done = current.get(partition);
        long next = through + 1;
        long suspects = done != null && done.suspectsThrough >= next ? done.suspectsThrough : next - 1;
        current.put(partition, new Current(next, 0, suspects, null));
        return suspects >= next ? Optional.of(new Mark(next, 0, suspects)) : Optional.empty();
    }

    /** A failure escaped the round that began at {@code offset} (the lane will get its records again). */
    void failed(TopicPartition partition, long offset, Throwable cause) {
        Current now = current.get(partition);
        if (now == null || now.offset != offset || cause == null) {
            return;
        }
        boolean round = now.roundThrough > offset;
        if (notTheRecords(cause)) {
            if (!round && !now.uncounted) {
                now.uncounted = true;
                now.attempts--;
            }
            return;
        }
        String failure = "it failed: " + describe(cause);
        if (round) { // which record was at fault is not known: each is taken alone next, up to the round's last
            current.put(partition, new Current(offset, now.attempts, now.roundThrough, failure));
        } else {
            now.lastFailure = failure;
        }
    }
    /** Kafka failing or the stage stopping: nothing about the record. */
    static boolean notTheRecords(Throwable cause) {
        return anyCause(cause, t -> t instanceof RetriableException || t instanceof InterruptException
                || t instanceof InterruptedException);
    }

    /** Whether the failure or any of its causes passes {@code test}. */
    static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
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
