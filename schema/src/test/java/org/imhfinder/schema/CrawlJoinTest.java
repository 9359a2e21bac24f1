package org.imhfinder.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrawlJoinTest {
    private static final Instant AT = Instant.parse("2026-05-06T12:00:00Z");
    private static final List<CrawlRun> RUNS = List.of(
            run("crawl-all", CrawlState.RUNNING, null, "a", "b"),
            run("crawl-b-later", CrawlState.RUNNING, null, "b"),
            run("crawl-c-fetched", CrawlState.FETCHED, null, "c"),
            run("crawl-d-refused", CrawlState.FAILED, "crawl-x", "d"));

    @ParameterizedTest(name = "asking for {0} joins {1}")
    @CsvSource(nullValues = "-", value = {
            "a,   crawl-all",
            "a b, crawl-all",
            "b,   crawl-b-later", // the latest of those that crawl it
            "c,   -",             // fetched: its sources are free, a new crawl starts
            "d,   -",             // a refused request's record is no crawl
            "a c, -",             // no one crawl has every source asked for
            "e,   -"})
    void aRequestJoinsTheLatestRunningCrawlOfItsSources(String wanted, String joined) {
        assertThat(CrawlJoin.running(RUNS, List.of(wanted.split(" "))).map(CrawlRun::crawlId).orElse(null)).isEqualTo(joined);
    }

    private static CrawlRun run(String id, CrawlState state, String alreadyRunningAs, String... sources) {
        Instant started = id.endsWith("later") ? AT.plusSeconds(5) : AT;
        return new CrawlRun(CrawlRun.SCHEMA_VERSION, id, List.of(sources), state, null, started, null, null, AT, null,
                CrawlTrigger.REQUEST, "test", null, null, alreadyRunningAs, null);
    }
}
