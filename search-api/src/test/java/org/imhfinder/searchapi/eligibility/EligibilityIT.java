package org.imhfinder.searchapi.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.ReviewReason;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.Documents;
import org.imhfinder.searchapi.testing.EligibilityCorpus;
import org.imhfinder.searchapi.testing.EligibilityProfiles;
import org.imhfinder.searchapi.testing.Listings;
import org.imhfinder.searchapi.testing.TestIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /eligibility} on the real index: the demo corpus's programs that state requirements,
 * asked by each applicant profile of {@link EligibilityProfiles}, answer as written by hand. The
 * table of answers is printed and kept in {@code target/eligibility/answers.txt}.
 */
@ExtendWith(ImhStackExtension.class)
class EligibilityIT {
    private static final Instant SEEN = Instant.now().minus(2, ChronoUnit.DAYS);
    private static ApiServer api;

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        stack.reset();
        List<ObjectNode> documents = new ArrayList<>();
        for (ProgramListing listing : EligibilityCorpus.all()) {
            documents.add(Documents.of(listing, SEEN));
        }
        // gone and retired listings are not answered for unless asked
        Instant old = Instant.now().minus(200, ChronoUnit.DAYS);
        documents.add(Documents.flagged(Listings.base("gl-gone", "greatlakes-aimh", "Infant Mental Health Consultant (retired level)")
                .minimumEducation(Education.NONE).location(new org.imhfinder.schema.Location(null, "MI", "US", null)).build(),
                old, FreshnessStatus.GONE, 60, List.of(ReviewReason.SOURCE_GONE), List.of()));
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
    void everyProfileGetsItsHandWrittenAnswerFromTheApi() throws Exception {
        StringBuilder table = new StringBuilder("ELIGIBILITY: profile | query | answer (id outcome, requirements not met)\n");
        List<String> mismatches = new ArrayList<>();
        for (EligibilityProfiles.Profile profile : EligibilityProfiles.all()) {
            HttpResponse<String> response = api.get("/api/v1/eligibility?" + profile.query());
            assertThat(response.statusCode()).as(profile.who() + ": " + response.body()).isEqualTo(200);
            JsonNode answer = Json.mapper().readTree(response.body());
            List<String> lines = new ArrayList<>();
            answer.path("items").forEach(item -> lines.add(line(item)));
            table.append("ELIGIBILITY: ").append(profile.who()).append(" | ").append(profile.query()).append(" | ")
                    .append(String.join(", ", lines)).append(lines.equals(profile.expected()) ? " | as expected" : " | EXPECTED "
                            + profile.expected()).append('\n');
            if (!lines.equals(profile.expected())) {
                mismatches.add(profile.who());
            }
        }
        Path out = Files.createDirectories(Path.of("target", "eligibility")).resolve("answers.txt");
        Files.writeString(out, table);
        System.out.print(table);

        assertThat(mismatches).as(table.toString()).isEmpty();
    }

    @Test
    void eachRequirementCarriesItsNumbersAndTheProgramItsSourcePage() throws Exception {
        JsonNode answer = Json.mapper().readTree(api.get("/api/v1/eligibility?education=MASTERS&yearsExperience=2"
                + "&trainingHours=30&reflectiveSupervisionHours=24&region=MI").body());

        JsonNode specialist = answer.path("items").get(2);
        assertThat(specialist.path("program").path("id").asText()).isEqualTo("gl-imhs");
        assertThat(specialist.path("program").path("sourceUrl").asText()).startsWith("https://greatlakes-aimh.example.org/");
        assertThat(specialist.path("program").has("curation")).isFalse();
        JsonNode supervision = specialist.path("requirements").get(3);
        assertThat(supervision.path("status").asText()).isEqualTo("NOT_MET");
        assertThat(supervision.path("required").asInt()).isEqualTo(50);
        assertThat(supervision.path("held").asInt()).isEqualTo(24);
        assertThat(supervision.path("missing").asInt()).isEqualTo(26);
        assertThat(supervision.path("summary").asText()).isEqualTo("reflective supervision: 24 of 50 hours (26 to go)");
        assertThat(answer.path("counts").toString()).isEqualTo("{\"MEETS_ALL\":2,\"MISSING\":2,\"NOTHING_STATED\":0}");
        assertThat(answer.path("total").asInt()).isEqualTo(4);
    }

    @Test
    void goneListingsAreAnsweredForOnlyWhenAskedFor() throws Exception {
        JsonNode asked = Json.mapper().readTree(api.get("/api/v1/eligibility?education=NONE&region=MI&freshness=GONE").body());

        assertThat(asked.path("items")).extracting(i -> i.path("program").path("id").asText()).containsExactly("gl-gone");
    }

    @Test
    void aBadValueIsA400ProblemNamingTheParameter() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/eligibility?education=MASTERS&reflectiveSupervisionHours=lots");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Json.mapper().readTree(response.body()).path("parameter").asText()).isEqualTo("reflectiveSupervisionHours");
    }

    private static String line(JsonNode item) {
        int notMet = item.path("notMet").asInt();
        return item.path("program").path("id").asText() + " " + item.path("outcome").asText() + (notMet > 0 ? " " + notMet : "");
    }
}
