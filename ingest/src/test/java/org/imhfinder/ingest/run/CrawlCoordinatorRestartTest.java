package org.imhfinder.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imhfinder.ingest.frontier.FrontierJournal;
import org.imhfinder.ingest.frontier.HostQueues;
import org.imhfinder.ingest.share.HostShares;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.schema.FrontierEntry;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;
import org.junit.jupiter.api.Test;

/** A run an earlier ingest process left behind keeps the counts it had: a restart never resets them to zero. */
class CrawlCoordinatorRestartTest {
    private static final Instant STARTED = Instant.parse("2026-03-01T10:00:00Z");
    private static final List<SourceDefinition> SOURCES = SourcesFile.parse("t.yml", """
            sources:
              - id: s
                name: S
                providerType: OTHER
                seeds: [https://a.org/]
            """);
    private static final CrawlCounts PUBLISHED = new CrawlCounts(12, 9, 1, 1, 1, 0, 2, 5, 3);

    private final List<CrawlRun> published = new ArrayList<>();
    private final CrawlCoordinator coordinator = new CrawlCoordinator(SOURCES, HostShares.single(SOURCES),
            new HostQueues(System::nanoTime, host -> false), FrontierJournal.NONE, (run, instances) -> published.add(run),
            new SettledAtOnce(), Clock.fixed(STARTED.plusSeconds(600), ZoneOffset.UTC), id -> null,
            new SimpleMeterRegistry());

    @Test
    void aRunWatchedUntilSettledAfterARestartReportsItsCounts() {
        coordinator.adoptFetched(earlier(CrawlState.FETCHED), List.of(0));

        coordinator.tick();

        CrawlRun last = published.get(published.size() - 1);
        assertThat(last.state()).isEqualTo(CrawlState.SETTLED);
        assertThat(last.counts()).isEqualTo(PUBLISHED);
        assertThat(last.sourceCounts()).containsEntry("s", PUBLISHED);
    }

    @Test
    void aResumedRunKeepsTheOutOfScopeLinksOnlyItsPublicationCounted() {
        List<FrontierEntry> journal = List.of(
                entry(FrontierEntry.Event.QUEUED, "https://a.org/", null),
                entry(FrontierEntry.Event.DONE, "https://a.org/", "FETCHED"),
                entry(FrontierEntry.Event.QUEUED, "https://a.org/next", null));

        assertThat(coordinator.resume(earlier(CrawlState.RUNNING), List.of(0), journal)).isTrue();

        CrawlCounts counts = coordinator.run("c1").snapshot(STARTED, Map.of()).counts();
        assertThat(counts.outOfScope()).as("out-of-scope links are counted when seen, never journaled").isEqualTo(5);
        // published 9, journaled 1: the 8 others were done but not journaled before the kill; they are fetched
        // (and counted) again, so counting them now would count them twice
        assertThat(counts.fetched()).isEqualTo(1);
        assertThat(counts.discovered()).isEqualTo(2);
    }

    @Test
    void aResumedRunCountsWhatTheJournalHasBeyondWhatWasPublished() {
        List<FrontierEntry> journal = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            journal.add(entry(FrontierEntry.Event.QUEUED, "https://a.org/" + i, null));
            journal.add(entry(FrontierEntry.Event.DONE, "https://a.org/" + i, "FETCHED"));
        }
        journal.add(entry(FrontierEntry.Event.QUEUED, "https://a.org/last", null));

        coordinator.resume(earlier(CrawlState.RUNNING), List.of(0), journal);

        CrawlCounts counts = coordinator.run("c1").snapshot(STARTED, Map.of()).counts();
        assertThat(counts.fetched()).as("finished after the last publication, before the kill").isEqualTo(11);
        assertThat(counts.discovered()).isEqualTo(12);
        assertThat(counts.outOfScope()).isEqualTo(5);
    }

    private static CrawlRun earlier(CrawlState state) {
        return new CrawlRun(CrawlRun.SCHEMA_VERSION, "c1", List.of("s"), state, PUBLISHED, STARTED,
                state == CrawlState.FETCHED ? STARTED.plusSeconds(60) : null, null, STARTED.plusSeconds(60), null,
                CrawlTrigger.REQUEST, "operator-1", Map.of("s", PUBLISHED), Map.of(), null, List.of());
    }

    private static FrontierEntry entry(FrontierEntry.Event event, String url, String outcome) {
        return new FrontierEntry(FrontierEntry.SCHEMA_VERSION, "c1", 0, event, "PAGE", "s", url, 1, null, outcome);
    }

    /** Kafka's consumer groups are past every target already. */
    private static final class SettledAtOnce implements Settlement {
        @Override
        public Progress begin() {
            return new Progress(Phase.SETTLED, Map.of());
        }

        @Override
        public Progress advance(Progress progress) {
            return progress;
        }
    }
}
