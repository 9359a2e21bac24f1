package org.imhfinder.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.outcome;
import static org.imhfinder.indexer.IndexerHarness.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Elasticsearch stops in the middle of a stream and comes back: the indexer retries, gives the
 * batch back to Kafka when the outage outlasts its retry window, and once Elasticsearch is back
 * every record is indexed exactly as if nothing had happened: nothing lost, nothing twice.
 */
@ExtendWith(ImhStackExtension.class)
class ElasticsearchOutageIT {
    private static final int BEFORE = 60;
    private static final int DURING = 60;
    private static TestStack stack;
    private static IndexerHarness indexer;

    @BeforeAll
    static void start(TestStack testStack) {
        stack = testStack;
        stack.reset();
        indexer = IndexerHarness.start(stack, Map.of("IMH_INDEXER_RETRY_FOR", "PT3S", "IMH_INDEXER_BATCH_SIZE", "20"));
    }

    @AfterAll
    static void stop() {
        stack.startElasticsearch();
        if (indexer != null) {
            indexer.close();
        }
    }

    @Test
    void nothingIsLostAndNothingDuplicatedAcrossAnOutage() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> before = send(BEFORE, at);
        indexer.awaitSettled();

        stack.stopElasticsearch();
        List<String> during = send(DURING, at);
        before.forEach(id -> indexer.outcome(outcome(url(id), PageStatus.NOT_MODIFIED, at.plusSeconds(60))));
        await("the indexer to give a batch back to Kafka").atMost(IndexerHarness.PATIENCE).until(() ->
                indexer.pipeline().meters().counter("imh.indexer.batches", "outcome", "handed_back").count() > 0);
        assertThat(indexer.settled()).isFalse();
        stack.startElasticsearch();

        await("the indexer to catch up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(indexer::settled);
        long total = indexer.es().count(c -> c.index(SearchIndex.PROGRAMS_ALIAS)).count();
        assertThat(total).isEqualTo(BEFORE + DURING);
        for (String id : during) {
            assertThat(indexer.doc(id)).as(id).isNotNull();
        }
        for (String id : before) {
            JsonNode doc = indexer.doc(id);
            assertThat(Instant.parse(field(doc, "freshness.lastSeenAt").asText())).isEqualTo(at.plusSeconds(60));
            assertThat(doc.path("history")).as("one INDEXED entry, not one per delivery")
                    .filteredOn(e -> e.path("kind").asText().equals("INDEXED")).hasSize(1);
        }
        assertThat(indexer.journal()).hasSize(BEFORE + DURING);
        assertThat(indexer.deadLetters()).isEmpty();
    }

    private static List<String> send(int count, Instant at) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "prg-" + UUID.randomUUID();
            ids.add(id);
            indexer.listing(listing(id, url(id), at));
        }
        return ids;
    }

    private static String url(String id) {
        return "https://mi-aimh.org/" + id + "/";
    }
}
