package org.imhfinder.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.listing;
import static org.imhfinder.indexer.Fixtures.outcome;
import static org.imhfinder.indexer.IndexerHarness.field;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The freshness transitions page events, content changes and deadlines cause, through Kafka and
 * Elasticsearch (those time causes: {@link AgingIT}).
 */
@ExtendWith(ImhStackExtension.class)
class FreshnessTransitionsIT {
    private static IndexerHarness indexer;

    @BeforeAll
    static void start(TestStack stack) {
        stack.reset();
        indexer = IndexerHarness.start(stack, Map.of("IMH_FRESHNESS_FETCH_ERRORS", "3"));
    }

    @AfterAll
    static void stop() {
        if (indexer != null) {
            indexer.close();
        }
    }

    private static String url() {
        return "https://mi-aimh.org/" + UUID.randomUUID() + "/";
    }

    private static String id() {
        return "prg-" + UUID.randomUUID();
    }

    private static JsonNode indexed(ProgramListing listing) {
        indexer.listing(listing);
        indexer.awaitSettled();
        return indexer.doc(listing.id());
    }

    @Test
    void aFreshlyCrawledListingIsFreshAndSeen() {
        Instant now = Instant.now();
        JsonNode doc = indexed(listing(id(), url(), now));

        assertThat(field(doc, "freshness.status").asText()).isEqualTo("FRESH");
        assertThat(Instant.parse(field(doc, "freshness.lastSeenAt").asText())).isEqualTo(now);
        assertThat(field(doc, "freshness.reasons")).isEmpty();
        assertThat(field(doc, "reviewPriority").asInt()).isZero();
    }

    @Test
    void okAndNotModifiedPagesAreSightingsThatDoNotChangeTheContent() {
        String id = id();
        String url = url();
        Instant first = Instant.now();
        indexed(listing(id, url, first));

        indexer.outcome(outcome(url, PageStatus.OK, first.plusMillis(10), id));
        indexer.outcome(outcome(url, PageStatus.NOT_MODIFIED, first.plusMillis(20)));
        indexer.awaitSettled();

        JsonNode doc = indexer.doc(id);
        assertThat(Instant.parse(field(doc, "freshness.lastSeenAt").asText())).isEqualTo(first.plusMillis(20));
        assertThat(Instant.parse(field(doc, "freshness.lastChangedAt").asText())).isEqualTo(first);
    }

    @Test
    void aPageAnswering404MakesItsListingsGone() {
        String id = id();
        String url = url();
        Instant first = Instant.now();
        indexed(listing(id, url, first));

        indexer.outcome(outcome(url, PageStatus.GONE, first.plusMillis(10)));
        indexer.awaitSettled();

        JsonNode doc = indexer.doc(id);
        assertThat(field(doc, "freshness.status").asText()).isEqualTo("GONE");
        assertThat(field(doc, "freshness.reasons").toString()).contains("SOURCE_GONE");
        assertThat(field(doc, "reviewHistory").toString()).contains("page gone (404)");
    }

    @Test
    void aListingItsPageNoLongerYieldsIsGoneAndItsNeighbourIsNot() {
        String url = url();
        String dropped = id();
        String kept = id();
        Instant first = Instant.now();
        indexer.listing(listing(dropped, url, first));
        indexed(listing(kept, url, first));

        indexer.outcome(outcome(url, PageStatus.OK, first.plusMillis(10), kept));
        indexer.awaitSettled();

        assertThat(field(indexer.doc(dropped), "freshness.status").asText()).isEqualTo("GONE");
        assertThat(field(indexer.doc(kept), "freshness.status").asText()).isEqualTo("FRESH");
    }

    @Test
    void aMovedPageKeepsItsListingIdAndHistoryAndIsFlagged() {
        String id = id();
        String oldUrl = url();
        String newUrl = url();
        Instant first = Instant.now();
        indexed(listing(id, oldUrl, first));

        indexer.outcome(Fixtures.moved(oldUrl, newUrl, first.plusMillis(10)));
        indexer.listing(listing(id, newUrl, first.plusMillis(20)));
        indexer.outcome(outcome(newUrl, PageStatus.OK, first.plusMillis(20), id));
        indexer.awaitSettled();

        JsonNode doc = indexer.doc(id);
        assertThat(doc.path("id").asText()).isEqualTo(id);
        assertThat(doc.path("sourceUrl").asText()).isEqualTo(newUrl);
        assertThat(doc.path("previousUrls").toString()).contains(oldUrl);
        assertThat(field(doc, "freshness.status").asText()).isEqualTo("FRESH");
        assertThat(field(doc, "freshness.reasons").toString()).contains("SOURCE_MOVED");
        assertThat(doc.path("history").get(0).path("kind").asText()).isEqualTo("INDEXED");
        assertThat(doc.path("history").toString()).contains("\"MOVED\"");
    }

    @Test
    void repeatedFetchErrorsAreFlaggedFromTheThresholdOn() {
        String id = id();
        String url = url();
        Instant first = Instant.now();
        indexed(listing(id, url, first));

        indexer.outcome(outcome(url, PageStatus.ERROR, first.plusMillis(10)));
        indexer.outcome(outcome(url, PageStatus.ERROR, first.plusMillis(20)));
        indexer.awaitSettled();
        assertThat(field(indexer.doc(id), "freshness.reasons")).isEmpty();

        indexer.outcome(outcome(url, PageStatus.ERROR, first.plusMillis(30)));
        indexer.awaitSettled();
        assertThat(field(indexer.doc(id), "freshness.reasons").toString()).contains("FETCH_ERRORS");
        assertThat(field(indexer.doc(id), "freshness.status").asText()).isEqualTo("FRESH");
    }

    @Test
    void aChangedKeyFieldIsFlaggedWithTheFieldAndTheChangeTime() {
        String id = id();
        String url = url();
        Instant first = Instant.now();
        indexed(listing(id, url, first));

        JsonNode doc = indexed(Fixtures.withHash(listing(id, url, first.plusMillis(10)).toBuilder().cost("$350").crawlId("crawl-2")
                .build()));

        assertThat(field(doc, "freshness.reasons").toString()).contains("CONTENT_CHANGED");
        assertThat(doc.path("changedFields").toString()).isEqualTo("[\"cost\"]");
        assertThat(Instant.parse(field(doc, "freshness.lastChangedAt").asText())).isEqualTo(first.plusMillis(10));
        assertThat(doc.path("cost").asText()).isEqualTo("$350");
    }

    @Test
    void aSharpDropInExtractedFieldsIsFlaggedAsDegraded() {
        String id = id();
        String url = url();
        Instant first = Instant.now();
        indexed(listing(id, url, first));

        JsonNode doc = indexed(Fixtures.withHash(ProgramListing.builder().id(id).sourceId("mi-aimh").sourceUrl(url)
                .name("Infant Mental Health Specialist Endorsement").fetchedAt(first.plusMillis(10)).build()));

        assertThat(field(doc, "freshness.reasons").toString()).contains("EXTRACTION_DEGRADED");
    }

    @Test
    void aPassedApplicationDeadlineIsFlagged() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);

        JsonNode doc = indexed(Fixtures.withHash(listing(id(), url(), Instant.now()).toBuilder()
                .applicationDeadline(yesterday).build()));

        assertThat(field(doc, "freshness.reasons").toString()).contains("DEADLINE_PASSED");
    }
}
