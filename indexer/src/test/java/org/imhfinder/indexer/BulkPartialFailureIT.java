package org.imhfinder.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.listing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Elasticsearch refusing one document of a bulk request (a URL longer than a keyword can hold):
 * the others are indexed, the refused listing's record is dead-lettered with Elasticsearch's
 * reason, and the batch is committed.
 */
@ExtendWith(ImhStackExtension.class)
class BulkPartialFailureIT {
    private static IndexerHarness indexer;

    @BeforeAll
    static void start(TestStack stack) {
        stack.reset();
        indexer = IndexerHarness.start(stack, Map.of());
    }

    @AfterAll
    static void stop() {
        if (indexer != null) {
            indexer.close();
        }
    }

    @Test
    void aRefusedDocumentIsDeadLetteredWithTheReasonAndTheRestIsIndexed() {
        Instant at = Instant.now();
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String id = "prg-" + UUID.randomUUID();
            good.add(id);
            indexer.listing(listing(id, "https://mi-aimh.org/" + id + "/", at));
        }
        String bad = "prg-" + UUID.randomUUID();
        indexer.listing(listing(bad, "https://mi-aimh.org/" + "x".repeat(40_000), at));

        indexer.awaitSettled();

        assertThat(good).allSatisfy(id -> assertThat(indexer.doc(id)).isNotNull());
        assertThat(indexer.doc(bad)).isNull();
        List<DeadLetter> letters = indexer.deadLetters();
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.stage()).isEqualTo(StageNames.INDEXER);
            assertThat(letter.key()).isEqualTo(bad);
            assertThat(letter.topic()).isEqualTo(Topics.PROGRAMS);
            assertThat(letter.reason()).contains("DocumentRejectedException", "document_parsing_exception", "[sourceUrl]")
                    .hasSizeLessThan(1000);
            assertThat(letter.originalValue()).contains(bad);
        });
        assertThat(indexer.journal()).containsKeys(good.toArray(String[]::new)).doesNotContainKey(bad);
    }
}
