package org.imhfinder.ingest.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.CrawlTrigger;
import org.junit.jupiter.api.Test;

class RunPartsTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aRunIsRunningUntilEveryInstanceHasReported() {
        CrawlRun run = RunParts.combine("c1", List.of(0, 1), Map.of(0, part("a", CrawlState.FETCHED, 5, 0)));
        assertThat(run.state()).isEqualTo(CrawlState.RUNNING);
        assertThat(run.fetchedAt()).isNull();
    }

    @Test
    void aRunHasFetchedWhenEveryPartHasAndItsCountsAreTheirSum() {
        CrawlRun run = RunParts.combine("c1", List.of(0, 1),
                Map.of(0, part("a", CrawlState.FETCHED, 5, 10), 1, part("b", CrawlState.SETTLED, 7, 20)));
        assertThat(run.state()).isEqualTo(CrawlState.FETCHED);
        assertThat(run.counts().fetched()).isEqualTo(12);
        assertThat(run.sourceIds()).containsExactly("a", "b");
        assertThat(run.sourceCounts()).containsOnlyKeys("a", "b");
        assertThat(run.startedAt()).isEqualTo(T0.plusSeconds(1)); // the earlier part's start
        assertThat(run.fetchedAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(run.settledAt()).isNull();
    }

    @Test
    void aRunIsSettledWhenEveryPartIs() {
        CrawlRun run = RunParts.combine("c1", List.of(0, 1),
                Map.of(0, part("a", CrawlState.SETTLED, 5, 10), 1, part("b", CrawlState.SETTLED, 7, 20)));
        assertThat(run.state()).isEqualTo(CrawlState.SETTLED);
        assertThat(run.settledAt()).isEqualTo(T0.plusSeconds(21));
    }

    @Test
    void aRefusedPartDoesNotHoldTheOthersBackAndIsNoted() {
        CrawlRun refused = failed("a", "already running as c0", "c0");
        CrawlRun run = RunParts.combine("c1", List.of(0, 1), Map.of(0, refused, 1, part("b", CrawlState.SETTLED, 7, 20)));
        assertThat(run.state()).isEqualTo(CrawlState.SETTLED);
        assertThat(run.error()).isNull();
        assertThat(run.notes()).contains("ingest instance 0: already running as c0");
    }

    @Test
    void aRunFailsWhenEveryPartFailed() {
        Map<Integer, CrawlRun> parts = new HashMap<>();
        parts.put(0, failed("a", "already running as c0", "c0"));
        parts.put(1, failed("b", "already running as c9", "c9"));
        CrawlRun run = RunParts.combine("c1", List.of(0, 1), parts);
        assertThat(run.state()).isEqualTo(CrawlState.FAILED);
        assertThat(run.error()).isEqualTo("already running as c0");
        assertThat(run.alreadyRunningAs()).isEqualTo("c0");
    }

    private static CrawlRun part(String source, CrawlState state, long fetched, int fetchedAfter) {
        CrawlCounts counts = new CrawlCounts(fetched, fetched, 0, 0, 0, 0, 0, 0, 0);
        Instant fetchedAt = state == CrawlState.RUNNING ? null : T0.plusSeconds(fetchedAfter);
        Instant settledAt = state == CrawlState.SETTLED ? T0.plusSeconds(fetchedAfter + 1) : null;
        return new CrawlRun(CrawlRun.SCHEMA_VERSION, "c1", List.of(source), state, counts, T0.plusSeconds(fetchedAfter / 10),
                fetchedAt, settledAt, T0.plusSeconds(fetchedAfter + 1), null, CrawlTrigger.REQUEST, "test",
                Map.of(source, counts), Map.of(), null, List.of());
    }

    private static CrawlRun failed(String source, String why, String runningAs) {
        return new CrawlRun(CrawlRun.SCHEMA_VERSION, "c1", List.of(source), CrawlState.FAILED, null, T0, null, null, T0,
                why, CrawlTrigger.REQUEST, "test", null, null, runningAs, null);
    }
}
