package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.searchapi.testing.ApiServer.CURATOR_TOKEN;
import static org.imhfinder.searchapi.testing.ApiServer.OPERATOR_TOKEN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ReviewReason;
import org.imhfinder.searchapi.eligibility.EligibilityParameters;
import org.imhfinder.searchapi.query.SearchParameters;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.Documents;
import org.imhfinder.searchapi.testing.Listings;
import org.imhfinder.searchapi.testing.TestIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document against the running API: it documents exactly the routes the code serves
 * and the search parameters it reads, and every documented status of every operation is
 * provoked and its body checked against the documented schema.
 */
@ExtendWith(ImhStackExtension.class)
class OpenApiContractIT {
    private static final JsonNode DOCUMENT = document();
    private static ApiServer api;
    private static ApiServer limited;

    /** One request per documented (operation, status); 503 needs an outage and is left out. */
    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("searchPrograms", 200, a -> a.get("/api/v1/programs?q=endorsement&region=MI&size=1")),
            new Scenario("searchPrograms", 400, a -> a.get("/api/v1/programs?size=500")),
            new Scenario("searchPrograms", 429, a -> a.get("/api/v1/programs")),
            new Scenario("getProgram", 200, a -> a.get("/api/v1/programs/c-mi-imhs")),
            new Scenario("getProgram", 400, a -> a.get("/api/v1/programs/a%20b")),
            new Scenario("getProgram", 404, a -> a.get("/api/v1/programs/c-none")),
            new Scenario("getProgram", 429, a -> a.get("/api/v1/programs/c-mi-imhs")),
            new Scenario("suggest", 200, a -> a.get("/api/v1/suggest?prefix=inf")),
            new Scenario("suggest", 400, a -> a.get("/api/v1/suggest?prefix=")),
            new Scenario("suggest", 429, a -> a.get("/api/v1/suggest?prefix=inf")),
            new Scenario("eligibility", 200, a -> a.get("/api/v1/eligibility?education=MASTERS&yearsExperience=2&region=MI")),
            new Scenario("eligibility", 400, a -> a.get("/api/v1/eligibility?yearsExperience=2")),
            new Scenario("eligibility", 429, a -> a.get("/api/v1/eligibility?education=NONE")),
            new Scenario("directory", 200, a -> a.get("/api/v1/directory")),
            new Scenario("directory", 400, a -> a.get("/api/v1/directory?sort=name")),
            new Scenario("directory", 429, a -> a.get("/api/v1/directory")),
            new Scenario("regions", 200, a -> a.get("/api/v1/regions")),
            new Scenario("regions", 400, a -> a.get("/api/v1/regions?region=MI")),
            new Scenario("regions", 429, a -> a.get("/api/v1/regions")),
            new Scenario("catalogue", 200, a -> a.get("/api/v1/catalogue")),
            new Scenario("catalogue", 400, a -> a.get("/api/v1/catalogue?lang=fr")),
            new Scenario("catalogue", 429, a -> a.get("/api/v1/catalogue")),
            new Scenario("reviewQueue", 200, a -> a.get("/api/v1/review/queue", CURATOR_TOKEN)),
            new Scenario("reviewQueue", 400, a -> a.get("/api/v1/review/queue?reason=BORED", CURATOR_TOKEN)),
            new Scenario("reviewQueue", 401, a -> a.get("/api/v1/review/queue")),
            new Scenario("reviewQueue", 403, a -> a.get("/api/v1/review/queue", OPERATOR_TOKEN)),
            new Scenario("reviewQueue", 429, a -> a.get("/api/v1/review/queue", CURATOR_TOKEN)),
            new Scenario("decide", 202, a -> a.post("/api/v1/review/c-flagged/decision", CURATOR_TOKEN, "{\"action\":\"CONFIRM\"}")),
            new Scenario("decide", 400, a -> a.post("/api/v1/review/c-flagged/decision", CURATOR_TOKEN, "{\"action\":\"SNOOZE\"}")),
            new Scenario("decide", 401, a -> a.post("/api/v1/review/c-flagged/decision", null, "{\"action\":\"CONFIRM\"}")),
            new Scenario("decide", 403, a -> a.post("/api/v1/review/c-flagged/decision", OPERATOR_TOKEN, "{\"action\":\"CONFIRM\"}")),
            new Scenario("decide", 404, a -> a.post("/api/v1/review/c-none/decision", CURATOR_TOKEN, "{\"action\":\"CONFIRM\"}")),
            new Scenario("decide", 415, a -> a.send(HttpRequest.newBuilder(a.base().resolve("/api/v1/review/c-flagged/decision"))
                    .header("Authorization", "Bearer " + CURATOR_TOKEN).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("CONFIRM")))),
            new Scenario("decide", 429, a -> a.post("/api/v1/review/c-flagged/decision", CURATOR_TOKEN, "{\"action\":\"CONFIRM\"}")),
            new Scenario("history", 200, a -> a.get("/api/v1/review/c-flagged/history", CURATOR_TOKEN)),
            new Scenario("history", 400, a -> a.get("/api/v1/review/-x/history", CURATOR_TOKEN)),
            new Scenario("history", 401, a -> a.get("/api/v1/review/c-flagged/history")),
            new Scenario("history", 403, a -> a.get("/api/v1/review/c-flagged/history", OPERATOR_TOKEN)),
            new Scenario("history", 404, a -> a.get("/api/v1/review/c-none/history", CURATOR_TOKEN)),
            new Scenario("history", 429, a -> a.get("/api/v1/review/c-flagged/history", CURATOR_TOKEN)),
            new Scenario("startCrawl", 202, a -> a.post("/api/v1/admin/crawls", OPERATOR_TOKEN, "{\"sourceId\":\"umn\"}")),
            new Scenario("startCrawl", 400, a -> a.post("/api/v1/admin/crawls", OPERATOR_TOKEN, "{\"sourceId\":\"atlantis\"}")),
            new Scenario("startCrawl", 401, a -> a.post("/api/v1/admin/crawls", null, "{}")),
            new Scenario("startCrawl", 403, a -> a.post("/api/v1/admin/crawls", CURATOR_TOKEN, "{}")),
            new Scenario("startCrawl", 415, a -> a.send(HttpRequest.newBuilder(a.base().resolve("/api/v1/admin/crawls"))
                    .header("Authorization", "Bearer " + OPERATOR_TOKEN).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sourceId\":\"umn\"}")))),
            new Scenario("startCrawl", 429, a -> a.post("/api/v1/admin/crawls", OPERATOR_TOKEN, "{}")),
            new Scenario("getCrawl", 200, a -> a.get("/api/v1/admin/crawls/" + Json.read(
                    a.post("/api/v1/admin/crawls", OPERATOR_TOKEN, "{}").body(), ObjectNode.class).path("crawlId").asText(),
                    OPERATOR_TOKEN)),
            new Scenario("getCrawl", 400, a -> a.get("/api/v1/admin/crawls/~x", OPERATOR_TOKEN)),
            new Scenario("getCrawl", 401, a -> a.get("/api/v1/admin/crawls/crawl-x")),
            new Scenario("getCrawl", 403, a -> a.get("/api/v1/admin/crawls/crawl-x", CURATOR_TOKEN)),
            new Scenario("getCrawl", 404, a -> org.awaitility.Awaitility.await().until(
                    () -> a.get("/api/v1/admin/crawls/crawl-none", OPERATOR_TOKEN), r -> r.statusCode() != 503)),
            new Scenario("getCrawl", 429, a -> a.get("/api/v1/admin/crawls/crawl-x", OPERATOR_TOKEN)),
            new Scenario("listSources", 200, a -> a.get("/api/v1/admin/sources", OPERATOR_TOKEN)),
            new Scenario("listSources", 401, a -> a.get("/api/v1/admin/sources")),
            new Scenario("listSources", 403, a -> a.get("/api/v1/admin/sources", CURATOR_TOKEN)),
            new Scenario("listSources", 429, a -> a.get("/api/v1/admin/sources", OPERATOR_TOKEN)));

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        stack.reset();
        Instant seen = Instant.now().minusSeconds(3600);
        try (TestIndex index = new TestIndex(stack)) {
            index.put(List.of(Documents.of(Listings.michiganSpecialist("c-"), seen),
                    Documents.withChange(Documents.flagged(Listings.base("c-flagged", "c", "Flagged program").trainingHours(30)
                            .build(), seen, FreshnessStatus.STALE, 10, List.of(ReviewReason.NOT_SEEN), List.of()),
                            "trainingHours", 30, 33)));
        }
        api = ApiServer.start(stack, Map.of());
        limited = ApiServer.start(stack, Map.of("IMH_API_RATE_LIMIT", "1", "IMH_API_RATE_BURST", "1"));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (limited != null) {
            limited.close();
        }
    }

    @Test
    void theDocumentIsServedAtOpenapiJson() throws Exception {
        HttpResponse<String> response = api.get("/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.body())).isEqualTo(DOCUMENT);
    }

    @Test
    void theDocumentNamesExactlyTheRoutesTheApiServes() {
        Set<String> served = new TreeSet<>();
        for (RestDefinition rest : ((ModelCamelContext) api.camel()).getRestDefinitions()) {
            for (VerbDefinition verb : rest.getVerbs()) {
                served.add(verb.asVerb().toUpperCase() + " " + rest.getPath() + verb.getPath());
            }
        }
        Set<String> documented = new TreeSet<>();
        DOCUMENT.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        assertThat(documented).isEqualTo(served);
    }

    @Test
    void theSearchParametersAreExactlyTheOnesTheCodeReads() {
        Set<String> documented = new TreeSet<>();
        DOCUMENT.path("paths").path("/api/v1/programs").path("get").path("parameters")
                .forEach(p -> documented.add(p.path("name").asText()));

        assertThat(documented).isEqualTo(new TreeSet<>(SearchParameters.NAMES));
    }

    @Test
    void theEligibilityParametersAreExactlyTheOnesTheCodeReads() {
        Set<String> documented = new TreeSet<>();
        DOCUMENT.path("paths").path("/api/v1/eligibility").path("get").path("parameters")
                .forEach(p -> documented.add(p.path("name").asText()));

        assertThat(documented).isEqualTo(new TreeSet<>(EligibilityParameters.NAMES));
    }

    @Test
    void everyDocumentedStatusIsProvokedByAScenario() {
        Set<String> documented = new TreeSet<>();
        forEachOperation((id, operation) -> operation.path("responses").fieldNames().forEachRemaining(status -> {
            if (!"503".equals(status)) {
                documented.add(id + " " + status);
            }
        }));
        Set<String> covered = new TreeSet<>();
        SCENARIOS.forEach(s -> covered.add(s.operationId() + " " + s.status()));

        assertThat(covered).isEqualTo(documented);
    }

    @Test
    void everyOperationAnswersAsDocumented() {
        for (Scenario scenario : SCENARIOS) {
            ApiServer server = scenario.status() == 429 ? limited : api;
            HttpResponse<String> response = scenario.status() == 429 ? exhaust(scenario) : scenario.call().apply(server);
            String what = scenario.operationId() + " " + scenario.status();

            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(scenario.status());
            JsonNode documented = operation(scenario.operationId()).path("responses").path(String.valueOf(scenario.status()));
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode content = documented.path("content").path(type);
            assertThat(content.isMissingNode()).as(what + " answered as " + type).isFalse();
            Set<ValidationMessage> problems = schema(content.path("schema")).validate(readJson(response.body()));
            assertThat(problems).as(what + ": " + response.body()).isEmpty();
        }
    }

    @Test
    void documentedRequestBodiesValidateWhatTheApiAccepts() {
        JsonNode decision = operation("decide").path("requestBody").path("content").path("application/json").path("schema");

        assertThat(schema(decision).validate(readJson("{\"action\":\"SNOOZE\",\"until\":\"" + LocalDate.now().plusDays(3)
                + "\",\"note\":\"later\"}"))).isEmpty();
        assertThat(schema(decision).validate(readJson("{\"action\":\"SNOOZE\",\"later\":true}"))).isNotEmpty();
    }

    private static HttpResponse<String> exhaust(Scenario scenario) {
        HttpResponse<String> response = scenario.call().apply(limited);
        for (int i = 0; i < 3 && response.statusCode() != 429; i++) {
            response = scenario.call().apply(limited);
        }
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        return response;
    }

    private static JsonSchema schema(JsonNode schema) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", DOCUMENT.path("components"));
        root.putArray("allOf").add(schema);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    private static JsonNode operation(String operationId) {
        List<JsonNode> found = new ArrayList<>();
        forEachOperation((id, operation) -> {
            if (id.equals(operationId)) {
                found.add(operation);
            }
        });
        assertThat(found).as(operationId).hasSize(1);
        return found.get(0);
    }

    private static void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
        DOCUMENT.path("paths").forEach(path -> path.forEach(operation -> action.accept(operation.path("operationId").asText(),
                operation)));
    }

    private static JsonNode readJson(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static JsonNode document() {
        try (InputStream in = OpenApiContractIT.class.getResourceAsStream("/searchapi/openapi/openapi.json")) {
            return Json.mapper().readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Scenario(String operationId, int status, Function<ApiServer, HttpResponse<String>> call) {
    }
}
