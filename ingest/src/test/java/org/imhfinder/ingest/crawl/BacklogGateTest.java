package org.imhfinder.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BacklogGateTest {
    private final AtomicReference<OptionalLong> backlog = new AtomicReference<>(OptionalLong.empty());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void holdsFromTheMostPagesWaitingAndOpensBelowIt() {
        BacklogGate gate = new BacklogGate(backlog::get, OptionalLong::empty, 100, Duration.ofSeconds(1), meters);
        backlog.set(OptionalLong.of(99));
        gate.refresh();
        assertThat(gate.holding()).isFalse();
        backlog.set(OptionalLong.of(100));
        gate.refresh();
        assertThat(gate.holding()).isTrue();
        assertThat(meters.get("imh.crawl.normalize.backlog").gauge().value()).isEqualTo(100);
        backlog.set(OptionalLong.of(40));
        gate.refresh();
        assertThat(gate.holding()).isFalse();
    }

    @Test
    void neverHoldsOnAnUnknownBacklogNorWhenTurnedOff() {
        BacklogGate gate = new BacklogGate(backlog::get, OptionalLong::empty, 100, Duration.ofSeconds(1), meters);
        backlog.set(OptionalLong.of(5_000));
        gate.refresh();
        backlog.set(OptionalLong.empty()); // no normalize consumer, or Kafka not answering
        gate.refresh();
        assertThat(gate.holding()).isFalse();
        assertThat(meters.get("imh.crawl.normalize.backlog").gauge().value()).isEqualTo(-1);

        BacklogGate off = new BacklogGate(() -> OptionalLong.of(1_000_000), OptionalLong::empty, 0, Duration.ofSeconds(1), new SimpleMeterRegistry());
        off.refresh();
        assertThat(off.holding()).isFalse();

        BacklogGate failing = new BacklogGate(() -> {
            throw new IllegalStateException("Kafka did not answer");
        }, OptionalLong::empty, 100, Duration.ofSeconds(1), new SimpleMeterRegistry());
        failing.refresh();
        assertThat(failing.holding()).isFalse();
    }

    @Test
    void pagesWhoseOutcomesWaitForTheIndexerCountOnlyBesideAKnownNormalizeBacklog() {
        AtomicReference<OptionalLong> outcomes = new AtomicReference<>(OptionalLong.of(70));
        BacklogGate gate = new BacklogGate(backlog::get, outcomes::get, 100, Duration.ofSeconds(1), meters);
        backlog.set(OptionalLong.of(29));
        gate.refresh();
        assertThat(gate.holding()).isFalse();
        backlog.set(OptionalLong.of(30));
        gate.refresh();
        assertThat(gate.holding()).as("30 wait for normalize, 70 for the indexer").isTrue();
        assertThat(meters.get("imh.crawl.indexer.backlog").gauge().value()).isEqualTo(70);

        outcomes.set(OptionalLong.empty()); // no indexer reading the outcomes
        gate.refresh();
        assertThat(gate.holding()).isFalse();
        outcomes.set(OptionalLong.of(5_000));
        backlog.set(OptionalLong.empty()); // no normalize consumer: never held
        gate.refresh();
        assertThat(gate.holding()).isFalse();
        assertThat(meters.get("imh.crawl.indexer.backlog").gauge().value()).isEqualTo(-1);
    }

    @Test
    void aWaitEndsWhenTheGateOpensAndOtherwiseSaysItStayedClosed() throws Exception {
        BacklogGate gate = new BacklogGate(backlog::get, OptionalLong::empty, 10, Duration.ofSeconds(1), meters);
        backlog.set(OptionalLong.of(10));
        gate.refresh();
        assertThat(gate.awaitRoom(Duration.ofMillis(50))).isFalse();

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.awaitRoom(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        backlog.set(OptionalLong.of(3));
        gate.refresh();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(meters.get("imh.crawl.held").counter().count()).isPositive();
    }
}
