package org.imhfinder.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.PoisonRecords;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Poison records on each topic the indexer reads: a value that is not JSON, one of another schema
 * version and a huge one (10 MB of valid JSON) each go to {@code imh.dlq.v1} with a reason naming
 * what was wrong, and a listing written after it is still indexed.
 */
@ExtendWith(ImhStackExtension.class)
class PoisonRecordsIT {
    private static IndexerHarness indexer;
    private static PoisonRecords poison;

    @BeforeAll
    static void start(TestStack stack) {
        stack.reset();
        poison = new PoisonRecords(stack);
        for (String topic : new String[] {Topics.PROGRAMS, Topics.PAGE_OUTCOMES, Topics.CURATION}) {
            poison.allowLargeRecords(topic);
        }
        indexer = IndexerHarness.start(stack, Map.of());
    }

    @AfterAll
    static void stop() {
        if (indexer != null) {
            indexer.close();
        }
        if (poison != null) {
            poison.close();
        }
    }

    /** Each topic with a valid record of its type for a key. */
    static Stream<Arguments> poisons() {
        Map<String, Function<String, String>> valid = Map.of(
                Topics.PROGRAMS, id -> Json.write(Fixtures.listing(id, "https://mi-aimh.org/" + id + "/", Instant.now())),
                Topics.PAGE_OUTCOMES, url -> Json.write(Fixtures.outcome(url, PageStatus.OK, Instant.now())),
                Topics.CURATION, id -> Json.write(Fixtures.decision(id, CurationAction.CONFIRM, Instant.now())));
        Map<String, String> types = Map.of(Topics.PROGRAMS, "ProgramListing", Topics.PAGE_OUTCOMES, "PageOutcome",
                Topics.CURATION, "CurationDecision");
        return valid.keySet().stream().sorted().flatMap(topic -> Stream.of(
                Arguments.of(topic, "not JSON", (Function<String, String>) key -> PoisonRecords.NOT_JSON,
                        "not a valid " + types.get(topic)),
                Arguments.of(topic, "schemaVersion 2", valid.get(topic).andThen(v -> v.replace("\"schemaVersion\":1",
                        "\"schemaVersion\":2")), "unsupported " + types.get(topic) + " schemaVersion 2"),
                Arguments.of(topic, "10 MB", valid.get(topic).andThen(v -> "{\"padding\":\"" + PoisonRecords.huge("pad ")
                        + "\"," + v.substring(1)), "record too large: 1048")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("poisons")
    void aPoisonRecordIsDeadLetteredAndTheNextListingIsIndexed(String topic, String what, Function<String, String> poisoned,
                                                               String reason) {
        String key = topic.equals(Topics.PAGE_OUTCOMES) ? "https://mi-aimh.org/bad-" + UUID.randomUUID() + "/"
                : "prg-bad-" + UUID.randomUUID();
        poison.send(topic, key, poisoned.apply(key));
        String next = "prg-next-" + UUID.randomUUID();
        indexer.listing(Fixtures.listing(next, "https://mi-aimh.org/" + next + "/", Instant.now()));

        DeadLetter letter = poison.awaitDeadLetter(key, IndexerHarness.PATIENCE);

        assertThat(letter.stage()).isEqualTo(StageNames.INDEXER);
        assertThat(letter.topic()).isEqualTo(topic);
        assertThat(letter.reason()).contains(reason);
        await("the next listing indexed").atMost(IndexerHarness.PATIENCE).until(() -> indexer.doc(next) != null);
        assertThat(indexer.doc(key)).isNull();
    }
}
