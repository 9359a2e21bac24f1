package org.imhfinder.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.imhfinder.normalize.route.NormalizeRoutes;
import org.imhfinder.normalize.route.TopicRecords;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.PoisonRecords;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page record whose failure escapes its dead-lettering (here a bug in an extraction strategy: the
 * consumer delivers the record again and again) is tried {@code IMH_NORMALIZE_MAX_ATTEMPTS} times, then
 * dead-lettered with the reason "failed 3 times" and the last failure, and the next record is
 * normalized: the consumer never stays on one record.
 */
@ExtendWith(ImhStackExtension.class)
class RepeatedFailuresIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final SourceDefinition SOURCE = Fixtures.source("repeated-it", "MI", List.of());
    private static Pipeline pipeline;
    private static PoisonRecords kafka;
    private static TopicRecords outcomes;

    @BeforeAll
    static void startNormalize(TestStack stack) throws Exception {
        Path sources = Fixtures.sourcesFile("repeated-it");
        kafka = new PoisonRecords(stack);
        pipeline = Pipeline.start(stack.settings(Map.of("IMH_SOURCES", sources.toString(), "IMH_HTTP_PORT", "0")),
                List.of(new NormalizeStage(Misbehaving.added())));
        outcomes = new TopicRecords(stack.kafkaBootstrap(), Topics.PAGE_OUTCOMES);
        await("the pages route").atMost(WAIT).until(() -> pipeline.camel().getRouteController()
                .getRouteStatus(NormalizeRoutes.ROUTE_ID).isStarted());
    }

    @AfterAll
    static void stop() {
        Fixtures.closeQuietly(outcomes, kafka, pipeline);
    }

    @Test
    void aRecordWhoseFailureEscapesIsTriedThreeTimesThenDeadLetteredAndTheNextIsNormalized() {
        PageEvent fails = Fixtures.ok(SOURCE, "/fails-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
        kafka.send(Topics.PAGES, fails.url(), Json.write(fails));
        PageEvent next = Fixtures.ok(SOURCE, "/next-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
        kafka.send(Topics.PAGES, next.url(), Json.write(next));

        DeadLetter letter = kafka.awaitDeadLetter(fails.url(), WAIT);

        assertThat(letter.stage()).isEqualTo(StageNames.NORMALIZE);
        assertThat(letter.reason()).startsWith("RepeatedFailureException: failed 3 times (" + Topics.PAGES + "-")
                .endsWith("the last time it failed: IllegalStateException: an extractor bug on " + fails.url());
        assertThat(outcomeOf(next.url()).listingIds()).hasSize(1);
        assertThat(outcomes.withKey(fails.url())).as("a record given up on has no outcome").isEmpty();
    }

    @Test
    void aRoundWithARecordThatFailsIsTakenOneRecordAtATimeAndOnlyThatRecordIsGivenUp() {
        PageEvent fails = Fixtures.ok(SOURCE, "/fails-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
        List<PageEvent> fine = IntStream.range(0, 3).mapToObj(i -> Fixtures.ok(SOURCE, "/fine-" + i + "-" + UUID.randomUUID() + "/",
                Fixtures.html("broken-jsonld.html"))).toList();
        Map<String, String> round = new LinkedHashMap<>();
        round.put(fine.get(0).url(), Json.write(fine.get(0)));
        round.put(fails.url(), Json.write(fails));
        round.put(fine.get(1).url(), Json.write(fine.get(1)));
        round.put(fine.get(2).url(), Json.write(fine.get(2)));
        kafka.sendTogether(Topics.PAGES, 0, round);

        DeadLetter letter = kafka.awaitDeadLetter(fails.url(), WAIT);

        assertThat(letter.reason()).startsWith("RepeatedFailureException: failed 3 times (" + Topics.PAGES + "-0@");
        for (PageEvent page : fine) {
            assertThat(outcomeOf(page.url()).listingIds()).as(page.url()).hasSize(1);
        }
    }

    private static PageOutcome outcomeOf(String url) {
        return await("the outcome of " + url).atMost(WAIT).until(() -> outcomes.withKey(url).stream()
                .map(r -> Json.read(r.value(), PageOutcome.class)).reduce((a, b) -> b).orElse(null), o -> o != null);
    }
}
