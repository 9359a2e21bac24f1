package org.imhfinder.normalize.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BoundedWorkerTest {
    private final BoundedWorker worker = new BoundedWorker("test", Duration.ofSeconds(10));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        worker.close();
    }

    @Test
    void theTasksValueComesBackFromAWorkerThread() {
        String thread = worker.run("page https://x/", () -> Thread.currentThread().getName());

        assertThat(thread).startsWith(BoundedWorker.THREAD_PREFIX + "test-");
    }

    @Test
    void theTasksOwnExceptionPassesThroughUnchanged() {
        IllegalStateException thrown = new IllegalStateException("a bug");

        assertThatThrownBy(() -> worker.run("page https://x/", () -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("deep recursion", (Supplier<Object>) () -> recurse(0), "page https://x/ is nested too deeply to read"
                        + " (StackOverflowError)"),
                Arguments.of("the heap", (Supplier<Object>) () -> {
                    throw new OutOfMemoryError("Java heap space");
                }, "reading page https://x/ ran out of memory (OutOfMemoryError: Java heap space)"),
                Arguments.of("any other error", (Supplier<Object>) () -> {
                    throw new AssertionError("impossible");
                }, "reading page https://x/ failed: java.lang.AssertionError: impossible"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void anErrorOnTheWorkerBecomesADeadLetterReasonAndTheWorkerGoesOn(String what, Supplier<Object> task, String reason) {
        assertThatThrownBy(() -> worker.run("page https://x/", task)).isInstanceOf(OverLimitException.class).hasMessage(reason);

        assertThat(worker.run("page https://x/next", () -> "next")).isEqualTo("next");
    }

    @Test
    void aTaskPastItsDeadlineIsGivenUpInterruptedAndCountedUntilItEnds() throws Exception {
        BoundedWorker hurried = new BoundedWorker("hurried", Duration.ofMillis(200));
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch giveUp = new CountDownLatch(1);

        assertThatThrownBy(() -> hurried.run("PDF https://x/slow.pdf", () -> {
            try {
                new CountDownLatch(1).await(); // until interrupted
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            awaitQuietly(giveUp); // a reader that does not stop at once
            return null;
        })).isInstanceOf(OverLimitException.class).hasMessage("reading PDF https://x/slow.pdf took longer than PT0.2S");

        await().atMost(Duration.ofSeconds(5)).untilTrue(interrupted);
        assertThat(hurried.overdue()).isEqualTo(1);
        giveUp.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> hurried.overdue() == 0);
        hurried.close();
    }

    @Test
    void aCallerInterruptedWhileWaitingLeavesWithoutADeadLetter() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> worker.run("page https://x/", () -> {
            awaitQuietly(release);
            return null;
        })).isInstanceOf(IllegalStateException.class).isNotInstanceOf(OverLimitException.class)
                .hasMessageContaining("the stage is stopping");
        assertThat(Thread.interrupted()).isTrue();
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
