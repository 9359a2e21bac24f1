package org.imhfinder.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.outcome;
import static org.imhfinder.indexer.IndexerHarness.PATIENCE;
import static org.imhfinder.indexer.IndexerHarness.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What time alone does, with the default thresholds (30 and 90 days, README "Configuration") on a
 * clock the test moves: a listing nobody sees turns AGING, then STALE (NOT_SEEN), through the
 * sweep; a new sighting makes it FRESH again. The sweep runs every half second.
 */
@ExtendWith(ImhStackExtension.class)
class AgingIT {
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private static IndexerHarness indexer;

    @BeforeAll
    static void start(TestStack stack) {
        stack.reset();
        indexer = IndexerHarness.start(stack, Map.of("IMH_FRESHNESS_SWEEP_INTERVAL", "PT0.5S"), CLOCK);
    }

    @AfterAll
    static void stop() {
        if (indexer != null) {
            indexer.close();
        }
    }

    private static String status(String id) {
        return field(indexer.doc(id), "freshness.status").asText();
    }

    @Test
    void aListingNobodySeesTurnsAgingThenStaleAndASightingMakesItFreshAgain() {
        String id = "prg-" + UUID.randomUUID();
        String url = "https://mi-aimh.org/" + id + "/";
        Instant fetched = CLOCK.instant();
        indexer.listing(listing(id, url, fetched));
        indexer.awaitSettled();
        assertThat(status(id)).isEqualTo("FRESH");

        CLOCK.advance(Duration.ofDays(31));
        await("the listing to turn AGING").atMost(PATIENCE).until(() -> status(id), "AGING"::equals);
        assertThat(field(indexer.doc(id), "freshness.reasons").toString()).isEqualTo("[\"NOT_SEEN\"]");
        CLOCK.advance(Duration.ofDays(60));
        await("the listing to turn STALE").atMost(PATIENCE).until(() -> status(id), "STALE"::equals);
        assertThat(field(indexer.doc(id), "reviewPriority").asInt()).isEqualTo(25);

        indexer.outcome(outcome(url, PageStatus.NOT_MODIFIED, CLOCK.instant()));
        indexer.awaitSettled();

        JsonNode doc = indexer.doc(id);
        assertThat(field(doc, "freshness.status").asText()).isEqualTo("FRESH");
        assertThat(field(doc, "freshness.reasons")).isEmpty();
        JsonNode history = doc.path("reviewHistory");
        assertThat(history).extracting(e -> e.path("status").asText()).containsExactly("FRESH", "AGING", "STALE", "FRESH");
        assertThat(history).extracting(e -> e.path("detail").asText()).containsExactly(
                "extracted (crawl crawl-1)", "time passed", "time passed", "page not modified (304)");
        assertThat(history.get(1).path("at").asText()).isEqualTo(fetched.plus(Duration.ofDays(30)).toString());
        assertThat(history.get(2).path("at").asText()).isEqualTo(fetched.plus(Duration.ofDays(90)).toString());
    }

    @Test
    void theCensusCountsListingsByStatus() {
        String id = "prg-" + UUID.randomUUID();
        indexer.listing(listing(id, "https://mi-aimh.org/" + id + "/", CLOCK.instant()));
        indexer.awaitSettled();

        await("the census to count the listing").atMost(PATIENCE).until(() ->
                indexer.pipeline().meters().find("imh.listings").gauges().stream()
                        .mapToDouble(g -> g.value()).sum() >= 1);
    }
}
