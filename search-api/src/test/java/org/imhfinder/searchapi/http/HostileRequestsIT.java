package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.query.Cursor;
import org.imhfinder.searchapi.query.Relaxation;
import org.imhfinder.searchapi.query.SearchParameters;
import org.imhfinder.searchapi.request.QueryParameters;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.searchapi.testing.RawHttp;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a hostile client can send, through the real HTTP server: each is a cheap problem document
 * naming what was wrong, never a 500, an empty body or a stack trace in the log, and counts
 * against the client's rate limit like any other request.
 */
@ExtendWith(ImhStackExtension.class)
class HostileRequestsIT {
    private static final int BURST = 20;
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static ApiServer api;

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        api = ApiServer.start(stack, Map.of("IMH_API_RATE_LIMIT", "60", "IMH_API_RATE_BURST", String.valueOf(BURST),
                "IMH_API_CLIENT_ADDRESS_HEADER", "X-Forwarded-For"));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @ParameterizedTest(name = "{0} -> {1} naming {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/programs?q=%              | 400 | q",
            "/api/v1/programs?q=%zz            | 400 | q",
            "/api/v1/programs?region=MI&q=ab%4 | 400 | q",
            "/api/v1/programs?%zz=1            | 400 | query string",
            "/api/v1/programs/%zz              | 400 | path",
            "/assets/%zz                       | 400 | path",
            "/%                                | 400 | path"})
    void aMalformedPercentEscapeIsAProblemNamingTheParameter(String target, int status, String parameter) {
        RawHttp.Response response = RawHttp.send(api.base(), "GET", target.trim(), client());

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = read(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.path("detail").asText()).contains("percent");
    }

    @Test
    void aFloodOfMalformedRequestsIsThrottledAndLogsOneShortLineEach() {
        String client = client();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int[] statuses = new int[300];
        System.setErr(new PrintStream(new Tee(original, log), true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < statuses.length; i++) {
                statuses[i] = RawHttp.send(api.base(), "GET", "/api/v1/programs?q=%", client).status();
            }
        } finally {
            System.setErr(original);
        }
        String written = log.toString(StandardCharsets.UTF_8);
        long refused = java.util.Arrays.stream(statuses).filter(s -> s == 400).count();
        long throttled = java.util.Arrays.stream(statuses).filter(s -> s == 429).count();
        System.out.printf("300 malformed requests: %d answered 400, %d throttled 429, %d bytes of log%n", refused, throttled,
                written.length());

        assertThat(refused).isBetween((long) BURST, (long) BURST + 5);
        assertThat(throttled).isEqualTo(300 - refused);
        assertThat(written).doesNotContain("ERROR").doesNotContain("\tat ");
        assertThat(written.lines().filter(l -> l.contains("WARN")).count()).isLessThanOrEqualTo(refused);
        assertThat(written.length()).isLessThan(200 * (int) refused);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "GET    | /api/v1/nothing            | 404 | ",
            "GET    | /api/v1                    | 404 | ",
            "POST   | /api/v1/programs/x/nothing | 404 | ",
            "GET    | /nothing                   | 404 | ",
            "GET    | /assets/nothing.js         | 404 | ",
            "DELETE | /api/v1/programs           | 405 | GET",
            "GET    | /api/v1/review/x/decision  | 405 | POST",
            "POST   | /                          | 405 | GET",
            "PUT    | /health                    | 405 | GET"})
    void anUnknownPathOrMethodIsAProblemDocument(String method, String path, int status, String allow) {
        RawHttp.Response response = RawHttp.send(api.base(), method.trim(), path.trim(), client(), "Content-Length: 0");

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(read(response.body()).path("status").asInt()).isEqualTo(status);
        if (allow != null) {
            assertThat(response.header("Allow")).isEqualTo(allow.trim());
        }
    }

    @Test
    void unknownPathsCountAgainstTheRateLimit() {
        String client = client();
        int last = 0;
        for (int i = 0; i <= BURST; i++) {
            last = RawHttp.send(api.base(), "GET", "/api/v1/nothing-" + i, client).status();
        }

        assertThat(last).isEqualTo(429);
    }

    @Test
    void aForgedCursorWithTheRightFingerprintIsA400() {
        var request = SearchParameters.read(QueryParameters.parse("q=specialist", SearchParameters.NAMES));
        String fingerprint = Cursor.fingerprintOf(request);
        for (List<Object> after : List.<List<Object>>of(List.of("not-a-score", "prg-1"), List.of(1.5, 7),
                List.of(1.5), List.of(1.5, "a", "b"))) {
            String cursor = new Cursor(after, Relaxation.NONE, fingerprint).encode();

            HttpResponse<String> response = get("/api/v1/programs?q=specialist&cursor=" + cursor);

            assertThat(response.statusCode()).as(after.toString()).isEqualTo(400);
            assertThat(read(response.body()).path("parameter").asText()).isEqualTo("cursor");
        }
        String queueCursor = new Cursor(List.of(99_999_999_999L, 0, "x"), Relaxation.NONE, "queue:[]").encode();
        HttpResponse<String> queue = get("/api/v1/review/queue?cursor=" + queueCursor, ApiServer.CURATOR_TOKEN);
        assertThat(queue.statusCode()).isEqualTo(400);
        assertThat(read(queue.body()).path("parameter").asText()).isEqualTo("cursor");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"action\":\"CONFIRM\",\"action\":\"RETIRE\"} | action",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"cost\":\"$1\",\"cost\":\"$2\"}} | cost",
            "{\"action\":\"SNOOZE\",\"until\":\"+999999999-12-31\"} | until",
            "{\"action\":\"SNOOZE\",\"until\":5} | until",
            "{\"action\":\"SNOOZE\",\"until\":[\"2030-01-01\"]} | until",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"trainingHours\":-5}} | fields.trainingHours",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"trainingHours\":1e12}} | fields.trainingHours",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"yearsExperience\":400}} | fields.yearsExperience",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"applicationDeadline\":\"9999-01-01\"}} | fields.applicationDeadline",
            "{\"action\":\"OVERRIDE\",\"note\":\"n\",\"fields\":{\"reflectiveSupervisionHours\":\"ten\"}} | fields.reflectiveSupervisionHours",
            "[\"CONFIRM\"] | body"})
    void aBadDecisionIsAProblemNamingTheMember(String body, String member) {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.base().resolve("/api/v1/review/prg-1/decision"))
                .header("Authorization", "Bearer " + ApiServer.CURATOR_TOKEN).header("X-Forwarded-For", "10.0.0.1, " + next())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(response.body()).path("parameter").asText()).isEqualTo(member);
    }

    @Test
    void aSnoozeBeyondTwoYearsIsRefusedAndOneWithinIsNot() {
        String far = "{\"action\":\"SNOOZE\",\"until\":\"" + LocalDate.now().plusYears(2).plusDays(2) + "\"}";
        String near = "{\"action\":\"SNOOZE\",\"until\":\"" + LocalDate.now().plusYears(2).minusDays(2) + "\"}";

        HttpResponse<String> refused = decide(far);
        HttpResponse<String> accepted = decide(near);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(read(refused.body()).path("detail").asText()).contains("2 years");
        assertThat(accepted.statusCode()).as("checked, then the unknown listing is a 404").isEqualTo(404);
    }

    private static HttpResponse<String> decide(String body) {
        return api.send(HttpRequest.newBuilder(api.base().resolve("/api/v1/review/prg-unknown/decision"))
                .header("Authorization", "Bearer " + ApiServer.CURATOR_TOKEN).header("X-Forwarded-For", "10.0.0.1, " + next())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> get(String path) {
        return api.send(HttpRequest.newBuilder(api.base().resolve(path)).header("X-Forwarded-For", "10.0.0.1, " + next()));
    }

    private static HttpResponse<String> get(String path, String token) {
        return api.send(HttpRequest.newBuilder(api.base().resolve(path)).header("X-Forwarded-For", "10.0.0.1, " + next())
                .header("Authorization", "Bearer " + token));
    }

    /** A header line naming a client of its own, so one test's requests do not use up another's limit. */
    private static String client() {
        return "X-Forwarded-For: 10.0.0.1, " + next();
    }

    private static String next() {
        int n = CLIENTS.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private static JsonNode read(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** Writes to the original stream and keeps a copy. */
    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        Tee(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
