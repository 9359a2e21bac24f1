package org.imhfinder.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which conditions of a consumer route take /ready down, and which take /health down too (a restart mends them). */
class ConsumerVerdictTest {
    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final Duration LONG = Duration.ofMinutes(4);
    private static final Duration SHORT = Duration.ofSeconds(10);

    static Stream<Arguments> conditions() {
        return Stream.of(
                Arguments.of("consuming, caught up", healthy().build(), null, null),
                Arguments.of("consuming with a backlog, polling, committing", healthy().waiting(500).lastPoll(SHORT).progress(SHORT).build(), null, null),
                Arguments.of("not started yet (catching up first)", healthy().notStarted(false).build(), "not started yet", false),
                Arguments.of("stopped after it had started", healthy().notStarted(true).build(), "stopped after it had started", true),
                Arguments.of("its poll loop ended", healthy().deadPollers(1).build(), "poll loop(s) ended", true),
                Arguments.of("given up by Camel", healthy().gaveUp("cannot subscribe").build(), "gave up: cannot subscribe", true),
                Arguments.of("an Error thrown by a record", healthy().jvmError("java.lang.StackOverflowError").build(), "StackOverflowError", true),
                Arguments.of("no poll for long while records wait", healthy().waiting(3).lastPoll(LONG).progress(SHORT).build(), "not polled for 240 s (over 180 s: a record in processing that long, or a consumer that hangs) while 3 records wait", true),
                Arguments.of("no poll for long, nothing waiting (idle)", healthy().waiting(0).lastPoll(LONG).build(), null, null),
                Arguments.of("no poll for long, backlog unknown", healthy().waiting(-1).lastPoll(LONG).build(), null, null),
                Arguments.of("polling but no offset moves while records wait", healthy().waiting(7).lastPoll(SHORT).progress(LONG).build(), "no offset committed for 240 s while 7 records wait", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conditions")
    void eachConditionTakesDownWhatItShould(String what, ConsumerVerdict.Observation observation, String finding, Boolean restartHelps) {
        List<ConsumerVerdict.Finding> findings = ConsumerVerdict.judge(observation, BOUND);

        if (finding == null) {
            assertThat(findings).as(what).isEmpty();
        } else {
            assertThat(findings).as(what).singleElement().satisfies(f -> {
                assertThat(f.toString()).startsWith("normalize-pages: ").contains(finding);
                assertThat(f.restartHelps()).isEqualTo(restartHelps);
            });
        }
    }

    @Test
    void everyProblemOfOneRouteIsReported() {
        assertThat(ConsumerVerdict.judge(healthy().deadPollers(1).jvmError("java.lang.OutOfMemoryError").build(), BOUND))
                .hasSize(2).allMatch(ConsumerVerdict.Finding::restartHelps);
    }

    private static Builder healthy() {
        return new Builder();
    }

    /** A healthy route's observation, changed one thing at a time. */
    private static final class Builder {
        private boolean started = true;
        private boolean everStarted = true;
        private int deadPollers;
        private String gaveUp;
        private String jvmError;
        private Duration lastPoll = Duration.ofMillis(300);
        private long waiting;
        private Duration progress = Duration.ZERO;

        Builder notStarted(boolean before) {
            started = false;
            everStarted = before;
            return this;
        }

        Builder deadPollers(int n) {
            deadPollers = n;
            return this;
        }

        Builder gaveUp(String why) {
            gaveUp = why;
            return this;
        }

        Builder jvmError(String what) {
            jvmError = what;
            return this;
        }

        Builder lastPoll(Duration d) {
            lastPoll = d;
            return this;
        }

        Builder waiting(long n) {
            waiting = n;
            return this;
        }

        Builder progress(Duration d) {
            progress = d;
            return this;
        }

        ConsumerVerdict.Observation build() {
            return new ConsumerVerdict.Observation("normalize-pages", started, everStarted, deadPollers, gaveUp, jvmError,
                    lastPoll, waiting, progress);
        }
    }
}
