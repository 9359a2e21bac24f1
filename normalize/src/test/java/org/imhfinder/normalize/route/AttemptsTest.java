package org.imhfinder.normalize.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttemptsTest {
    private static final TopicPartition PAGES = new TopicPartition("imh.pages.v1", 0);
    private final Attempts attempts = new Attempts(3);
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<Optional<Attempts.Mark>> committed(Attempts.Mark mark) {
        return () -> {
            reads.incrementAndGet();
            return Optional.ofNullable(mark);
        };
    }

    @ParameterizedTest(name = "committed mark {0}:{1} on record 42 -> {2}")
    @CsvSource({
            "-1, 0, attempt 1",
            "42, 1, attempt 2",
            "42, 2, attempt 3",
            "42, 3, given up",
            "41, 3, attempt 1"})
    void afterARestartTheMarkOnTheCommittedOffsetCountsTheAttemptsThatNeverFinished(long offset, int count, String expected) {
        Attempts.Start start = attempts.start(PAGES, 42, 42, committed(offset < 0 ? null : new Attempts.Mark(offset, count)));

        assertThat(start.proceed() ? "attempt " + start.mark().attempts() : "given up").isEqualTo(expected);
        if (!start.proceed()) {
            assertThat(start.givenUp()).isEqualTo("failed 3 times (imh.pages.v1-0@42); the last time the stage stopped while"
                    + " on it (a crash, a kill or running out of memory)");
        }
    }

    @Test
    void failuresThatEscapeAreCountedUntilTheRecordIsGivenUpWithTheLastOne() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            Attempts.Start start = attempts.start(PAGES, 42, 42, committed(null));
            assertThat(start.mark()).isEqualTo(new Attempts.Mark(42, attempt));
            attempts.failed(PAGES, 42, new IllegalStateException("a bug", new NullPointerException()));
        }

        Attempts.Start fourth = attempts.start(PAGES, 42, 42, committed(null));

        assertThat(fourth.proceed()).isFalse();
        assertThat(fourth.givenUp()).isEqualTo("failed 3 times (imh.pages.v1-0@42); the last time it failed:"
                + " IllegalStateException: a bug (NullPointerException)");
        assertThat(reads).as("the committed offset is read once, when the partition is new here").hasValue(1);
    }

    @Test
    void kafkaFailingIsNotTheRecordsFailure() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempts.start(PAGES, 42, 42, committed(null)).proceed()).isTrue();
            attempts.failed(PAGES, 42, new RuntimeException("publishing failed", new TimeoutException("Expiring 1 record")));
        }

        assertThat(attempts.start(PAGES, 42, 42, committed(null)).mark()).isEqualTo(new Attempts.Mark(42, 1));
    }

    @Test
    void theNextRecordStartsAtItsFirstAttemptWithoutReadingTheCommittedOffset() {
        attempts.start(PAGES, 42, 42, committed(null));
        attempts.failed(PAGES, 42, new IllegalStateException("a bug"));
        attempts.start(PAGES, 42, 42, committed(null));
        assertThat(attempts.finished(PAGES, 42)).isEmpty();

        Attempts.Start next = attempts.start(PAGES, 43, 43, committed(new Attempts.Mark(43, 2)));

        assertThat(next.mark()).isEqualTo(new Attempts.Mark(43, 1));
        assertThat(reads).hasValue(1);
    }

    @Test
    void aPartitionComingBackAfterOthersHadItIsReadAgain() {
        attempts.start(PAGES, 42, 42, committed(null));

        Attempts.Start later = attempts.start(PAGES, 97, 97, committed(new Attempts.Mark(97, 2)));

        assertThat(later.mark()).isEqualTo(new Attempts.Mark(97, 3));
    }

    @Test
    void aFreshRoundIsTakenWholeAndFinishedByOneCommitThatClearsItsMark() {
        Attempts.Start round = attempts.start(PAGES, 42, 49, committed(null));

        assertThat(round.through()).isEqualTo(49);
        assertThat(round.mark()).isEqualTo(new Attempts.Mark(42, 0, 49));
        assertThat(attempts.finished(PAGES, 49)).isEmpty();
        assertThat(attempts.start(PAGES, 50, 60, committed(null)).through()).as("the next round, without a read").isEqualTo(60);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aRoundThatFailedIsTakenOneRecordAtATimeSoOnlyTheRecordAtFaultIsGivenUp() {
        attempts.start(PAGES, 42, 45, committed(null));
        attempts.failed(PAGES, 42, new IllegalStateException("a bug on 44"));

        List<String> taken = new ArrayList<>();
        long offset = 42;
        while (offset <= 46) {
            Attempts.Start start = attempts.start(PAGES, offset, 49, committed(null));
            if (!start.proceed()) {
                taken.add(offset + " given up");
                attempts.finished(PAGES, offset);
                offset++;
            } else if (offset == 44) {
                taken.add(offset + " attempt " + start.mark().attempts());
                attempts.failed(PAGES, offset, new IllegalStateException("a bug on 44"));
            } else {
                taken.add(offset + (start.through() == offset ? " alone" : " through " + start.through()));
                attempts.finished(PAGES, start.through());
                offset = start.through() + 1;
            }
        }

        assertThat(taken).containsExactly("42 alone", "43 alone", "44 attempt 1", "44 attempt 2", "44 attempt 3",
                "44 given up", "45 alone", "46 through 49");
    }

    @Test
    void aRoundThatKafkaFailedIsTakenWholeAgain() {
        attempts.start(PAGES, 42, 45, committed(null));
        attempts.failed(PAGES, 42, new RuntimeException("publishing failed", new TimeoutException("Expiring 4 records")));

        assertThat(attempts.start(PAGES, 42, 45, committed(null)).through()).isEqualTo(45);
    }

    @Test
    void afterAProcessDiedOnARoundItsRecordsAreTakenAloneAndTheMarkGoesOnWithEach() {
        Attempts.Start first = attempts.start(PAGES, 42, 49, committed(new Attempts.Mark(42, 0, 45)));

        assertThat(first.through()).isEqualTo(42);
        assertThat(first.mark()).isEqualTo(new Attempts.Mark(42, 1, 45));
        assertThat(attempts.finished(PAGES, 42)).contains(new Attempts.Mark(43, 0, 45));
        assertThat(attempts.start(PAGES, 43, 49, committed(null)).mark()).isEqualTo(new Attempts.Mark(43, 1, 45));
        assertThat(attempts.finished(PAGES, 43)).contains(new Attempts.Mark(44, 0, 45));
        attempts.start(PAGES, 44, 49, committed(null));
        assertThat(attempts.finished(PAGES, 44)).contains(new Attempts.Mark(45, 0, 45));
        attempts.start(PAGES, 45, 49, committed(null));
        assertThat(attempts.finished(PAGES, 45)).as("past the round that did not finish").isEmpty();
        assertThat(attempts.start(PAGES, 46, 49, committed(null)).through()).isEqualTo(49);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "imh-normalize-attempts:v1:42:2    | 42 | 2 | 42",
            "imh-normalize-attempts:v1:42:0:49 | 42 | 0 | 49",
            "imh-normalize-attempts:v1:42:0:41 |    |   |",
            "''                                |    |   |",
            "imh-normalize-attempts:v1:42:x    |    |   |",
            "someone else's metadata           |    |   |"})
    void aMarkIsReadBackFromTheMetadataItWrote(String metadata, Long offset, Integer count, Long through) {
        assertThat(Attempts.Mark.parse(metadata)).isEqualTo(offset == null ? Optional.empty()
                : Optional.of(new Attempts.Mark(offset, count, through)));
        if (offset != null) {
            assertThat(new Attempts.Mark(offset, count, through).metadata()).isEqualTo(metadata);
        }
    }
}
