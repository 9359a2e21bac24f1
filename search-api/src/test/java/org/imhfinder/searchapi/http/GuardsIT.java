package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.imhfinder.searchapi.testing.ApiServer;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rate limits per client, CORS for configured origins only, and the headers pages and answers carry. */
@ExtendWith(ImhStackExtension.class)
class GuardsIT {
    private static final String ALLOWED = "https://finder.example.org";
    private static ApiServer api;

    @BeforeAll
    static void start(TestStack stack) throws Exception {
        api = ApiServer.start(stack, Map.of("IMH_API_RATE_LIMIT", "60", "IMH_API_RATE_BURST", "3",
                "IMH_API_CLIENT_ADDRESS_HEADER", "X-Forwarded-For", "IMH_API_CORS_ORIGINS", ALLOWED));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aClientOverItsLimitIsToldWhenToComeBackWhileOthersGoOn() {
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = fromClient("203.0.113.7");
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(last.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(fromClient("203.0.113.8").statusCode()).isEqualTo(200);
    }

    @Test
    void anAllowedOriginMayReadAnswersAndOthersMayNot() {
        HttpResponse<String> allowed = api.send(request("/api/v1/suggest?prefix=in", "198.51.100.1").header("Origin", ALLOWED));
        HttpResponse<String> other = api.send(request("/api/v1/suggest?prefix=in", "198.51.100.2")
                .header("Origin", "https://evil.example"));

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aPreflightNamesTheMethodsAndHeadersForAnAllowedOrigin() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.base().resolve("/api/v1/review/x/decision"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElse("")).contains("Authorization");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        for (String page : new String[] {"/", "/review", "/eligibility", "/compare", "/states"}) {
            HttpResponse<String> response = api.get(page);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(api.get("/assets/search.js").headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(api.get("/assets/..%2Fopenapi%2Fopenapi.json").statusCode()).isEqualTo(404);
        assertThat(api.get("/assets/nothing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void aHugeBodyIsRefusedBeforeItIsRead() {
        HttpResponse<String> response = api.send(request("/api/v1/review/x/decision", "198.51.100.9")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private static HttpResponse<String> fromClient(String address) {
        return api.send(request("/api/v1/suggest?prefix=in", address));
    }

    private static HttpRequest.Builder request(String path, String address) {
        return HttpRequest.newBuilder(api.base().resolve(path)).header("X-Forwarded-For", "10.0.0.1, " + address);
    }
}
