package org.imhfinder.ingest.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlRunPart;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.schema.Json;
import org.junit.jupiter.api.Test;

class PartsCombinerTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private final List<CrawlRun> published = new ArrayList<>();

    @Test
    void theFirstInstanceOfARunPublishesItOnceAndAgainOnlyWhenItChanges() {
        PartsCombiner combiner = combiner(0, Map.of());
        combiner.take(part(0, "c1", "a", CrawlState.RUNNING));
        combiner.take(part(1, "c1", "b", CrawlState.FETCHED));
        combiner.publishPending();
        combiner.take(part(1, "c1", "b", CrawlState.FETCHED)); // the same part again
        combiner.publishPending();
        combiner.take(part(0, "c1", "a", CrawlState.FETCHED));
        combiner.publishPending();

        assertThat(published).extracting(CrawlRun::state).containsExactly(CrawlState.RUNNING, CrawlState.FETCHED);
        assertThat(published.get(1).counts().fetched()).isEqualTo(2);
    }

    @Test
    void anotherInstancesRunIsLeftToIt() {
        PartsCombiner combiner = combiner(1, Map.of());
        combiner.take(part(0, "c1", "a", CrawlState.FETCHED));
        combiner.take(part(1, "c1", "b", CrawlState.FETCHED));
        combiner.publishPending();

        assertThat(published).isEmpty();
    }

    @Test
    void aFinishedRunIsNotTakenBackByAnOlderPartReadAfterARestart() {
        CrawlRun settled = new CrawlRun(CrawlRun.SCHEMA_VERSION, "c1", List.of("a", "b"), CrawlState.SETTLED, null, T0,
                T0, T0, T0, null);
        PartsCombiner combiner = combiner(0, Map.of("c1", settled));
        combiner.take(part(0, "c1", "a", CrawlState.RUNNING));
        combiner.publishPending();

        assertThat(published).isEmpty();
    }

    @Test
    void anUnreadablePartIsSkipped() {
        PartsCombiner combiner = combiner(0, Map.of());
        combiner.take("not json");
        combiner.take(part(0, "c1", "a", CrawlState.FETCHED).replace("\"instances\":[0,1]", "\"instances\":[0]"));
        combiner.publishPending();

        assertThat(published).extracting(CrawlRun::state).containsExactly(CrawlState.FETCHED);
    }

    private PartsCombiner combiner(int instance, Map<String, CrawlRun> alreadyPublished) {
        return new PartsCombiner("127.0.0.1:1", instance, (run, instances) -> published.add(run), alreadyPublished);
    }

    private static String part(int instance, String crawlId, String source, CrawlState state) {
        CrawlCounts counts = new CrawlCounts(1, 1, 0, 0, 0, 0, 0, 0, 0);
        CrawlRun run = new CrawlRun(CrawlRun.SCHEMA_VERSION, crawlId, List.of(source), state, counts, T0,
                state == CrawlState.RUNNING ? null : T0, null, T0, null, CrawlTrigger.REQUEST, "test",
                Map.of(source, counts), Map.of(), null, List.of());
        return Json.write(new CrawlRunPart(CrawlRunPart.SCHEMA_VERSION, instance, List.of(0, 1), run));
    }
}
