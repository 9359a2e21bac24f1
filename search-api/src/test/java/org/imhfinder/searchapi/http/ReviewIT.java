package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.searchapi.http.SearchIT.read;
import static org.imhfinder.searchapi.testing.ApiServer.CURATOR_TOKEN;
import static org.imhfinder.searchapi.testing.ApiServer.OPERATOR_TOKEN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ReviewReason;
import org.imhfinder.schema.Topics;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.Documents;
import org.imhfinder.searchapi.testing.Listings;
import org.imhfinder.searchapi.testing.TestIndex;
import org.imhfinder.searchapi.testing.TopicReader;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The curators' endpoints: the queue from the index, decisions onto {@code imh.curation.v1}, the history. */
@ExtendWith(ImhStackExtension.class)
class ReviewIT {
    private static final Instant SEEN = Instant.now().minusSeconds(86_400);
    private static ApiServer api;
    private static String bootstrap;

    @BeforeAll
    static void indexFlaggedListingsAndStart(TestStack stack) throws Exception {
        stack.reset();
        bootstrap = stack.kafkaBootstrap();
        List<ObjectNode> documents = new ArrayList<>();
        documents.add(Documents.flagged(Listings.base("r-gone", "r", "Gone program").build(), SEEN, FreshnessStatus.GONE,
                30, List.of(ReviewReason.SOURCE_GONE), List.of()));
        documents.add(Documents.flagged(Listings.base("r-changed", "r", "Changed program").build(), SEEN,
                FreshnessStatus.FRESH, 20, List.of(ReviewReason.CONTENT_CHANGED), List.of("trainingHours", "cost")));
        documents.add(Documents.flagged(Listings.base("r-aging", "r", "Aging program").build(), SEEN, FreshnessStatus.AGING,
                5, List.of(ReviewReason.NOT_SEEN), List.of()));
        ObjectNode snoozed = Documents.flagged(Listings.base("r-snoozed", "r", "Snoozed program").build(), SEEN,
                FreshnessStatus.STALE, 40, List.of(ReviewReason.NOT_SEEN), List.of());
        snoozed.putObject("curation").put("snoozedUntil", LocalDate.now().plusDays(10).toString());
        documents.add(snoozed);
        ObjectNode snoozePassed = Documents.flagged(Listings.base("r-woke", "r", "Woken program").build(), SEEN,
                FreshnessStatus.STALE, 10, List.of(ReviewReason.NOT_SEEN), List.of());
        snoozePassed.putObject("curation").put("snoozedUntil", LocalDate.now().minusDays(1).toString());
        documents.add(snoozePassed);
        documents.add(Documents.retired(Documents.flagged(Listings.base("r-retired", "r", "Retired program").build(), SEEN,
                FreshnessStatus.GONE, 50, List.of(ReviewReason.SOURCE_GONE), List.of()), "curator-1234", SEEN));
        documents.add(Documents.of(Listings.michiganSpecialist("r-"), SEEN));
        try (TestIndex index = new TestIndex(stack)) {
            index.put(documents);
        }
        api = ApiServer.start(stack, Map.of());
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theQueueListsFlaggedListingsMostUrgentFirstWithoutRetiredOrSnoozedOnes() {
        JsonNode queue = read(api.get("/api/v1/review/queue", CURATOR_TOKEN));

        assertThat(SearchIT.ids(queue)).containsExactly("r-gone", "r-changed", "r-woke", "r-aging");
        JsonNode changed = queue.path("items").get(1);
        assertThat(changed.path("freshness").path("reasons").toString()).contains("CONTENT_CHANGED");
        assertThat(changed.path("changedFields").toString()).contains("trainingHours", "cost");
    }

    @Test
    void theQueueCanBeNarrowedToAReasonAndPaged() {
        JsonNode page = read(api.get("/api/v1/review/queue?reason=NOT_SEEN&size=1", CURATOR_TOKEN));

        assertThat(SearchIT.ids(page)).containsExactly("r-woke");
        JsonNode next = read(api.get("/api/v1/review/queue?reason=NOT_SEEN&size=1&cursor="
                + page.path("nextCursor").asText(), CURATOR_TOKEN));
        assertThat(SearchIT.ids(next)).containsExactly("r-aging");
    }

    @Test
    void theCuratorEndpointsNeedACuratorToken() {
        assertThat(api.get("/api/v1/review/queue").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/review/queue", "wrong").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/review/queue", OPERATOR_TOKEN).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/review/r-gone/decision", null, "{\"action\":\"CONFIRM\"}").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/review/r-gone/history", OPERATOR_TOKEN).statusCode()).isEqualTo(403);
    }

    @Test
    void aDecisionIsWrittenToTheCurationTopicKeyedByProgramWithTheCaller() throws Exception {
        HttpResponse<String> response = api.post("/api/v1/review/r-changed/decision", CURATOR_TOKEN,
                "{\"action\":\"OVERRIDE\",\"note\":\"the page lists 33 hours\",\"fields\":{\"trainingHours\":33,"
                        + "\"delivery\":\"HYBRID\",\"location\":{\"city\":\"Boston\",\"region\":\"MA\",\"country\":\"US\"}}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String decisionId = read(response).path("decisionId").asText();
        ConsumerRecord<String, String> record = TopicReader.awaitRecord(bootstrap, Topics.CURATION,
                r -> r.value().contains(decisionId));
        CurationDecision decision = Json.read(record.value(), CurationDecision.class);
        assertThat(record.key()).isEqualTo("r-changed");
        assertThat(decision.action()).isEqualTo(CurationAction.OVERRIDE);
        assertThat(decision.fields()).containsEntry("trainingHours", 33).containsEntry("delivery", "HYBRID");
        assertThat(decision.curator()).startsWith("curator-");
        assertThat(decision.decidedAt()).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void aSnoozeUntilAFutureDateIsAccepted() {
        HttpResponse<String> response = api.post("/api/v1/review/r-aging/decision", CURATOR_TOKEN,
                "{\"action\":\"SNOOZE\",\"note\":\"site redesign\",\"until\":\"" + LocalDate.now().plusDays(14) + "\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(read(response).path("until").asText()).isEqualTo(LocalDate.now().plusDays(14).toString());
    }

    @Test
    void badDecisionsAreRefusedNamingWhatIsWrong() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{}", "'action'");
        cases.put("{\"action\":\"DELETE\"}", "'action'");
        cases.put("{\"action\":\"SNOOZE\"}", "'until'");
        cases.put("{\"action\":\"SNOOZE\",\"until\":\"" + LocalDate.now().minusDays(1) + "\"}", "'until'");
        cases.put("{\"action\":\"SNOOZE\",\"until\":\"next week\"}", "'until'");
        cases.put("{\"action\":\"CONFIRM\",\"until\":\"2099-01-01\"}", "'until'");
        cases.put("{\"action\":\"OVERRIDE\",\"note\":\"n\"}", "'fields'");
        cases.put("{\"action\":\"OVERRIDE\",\"fields\":{\"cost\":\"$0\"}}", "'note'");
        cases.put("{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"price\":1}}", "'fields.price'");
        cases.put("{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"id\":\"x\"}}", "'fields.id'");
        cases.put("{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"trainingHours\":\"30\"}}", "'fields.trainingHours'");
        cases.put("{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"delivery\":\"BY_POST\"}}", "'fields.delivery'");
        cases.put("{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"name\":7}}", "'fields.name'");
        cases.put("{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"location\":{\"town\":\"X\"}}}", "'fields.location'");
        cases.put("{\"action\":\"CONFIRM\",\"reason\":\"x\"}", "'reason'");
        cases.put("[1,2]", "'body'");
        cases.put("not json", "'body'");
        cases.forEach((body, parameter) -> {
            HttpResponse<String> response = api.post("/api/v1/review/r-aging/decision", CURATOR_TOKEN, body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(read(response).path("detail").asText()).as(body).contains(parameter);
        });
    }

    @Test
    void aDecisionAboutAnUnknownListingIsA404() {
        HttpResponse<String> response = api.post("/api/v1/review/r-nope/decision", CURATOR_TOKEN, "{\"action\":\"CONFIRM\"}");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void theHistoryShowsDecisionsWithWhoDecided() {
        JsonNode history = read(api.get("/api/v1/review/r-retired/history", CURATOR_TOKEN));

        assertThat(history.path("history").get(1).path("action").asText()).isEqualTo("RETIRE");
        assertThat(history.path("history").get(1).path("by").asText()).isEqualTo("curator-1234");
        JsonNode shown = read(api.get("/api/v1/programs/r-retired"));
        assertThat(shown.path("history")).extracting(e -> e.path("kind").asText()).containsExactly("FRESHNESS");
        assertThat(shown.toString()).doesNotContain("curator-1234", "retired in a test", "lastDecisionBy", "reviewHistory");
        assertThat(api.get("/api/v1/review/r-nope/history", CURATOR_TOKEN).statusCode()).isEqualTo(404);
    }
}
