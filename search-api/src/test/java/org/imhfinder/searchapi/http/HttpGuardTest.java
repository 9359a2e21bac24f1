package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpGuardTest {
    @ParameterizedTest(name = "{0} ? {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "/api/v1/programs | q=%             | q",
            "/api/v1/programs | q=%zz           | q",
            "/api/v1/programs | q=ok&size=1%2   | size",
            "/api/v1/programs | %zz=1           | query string",
            "/api/v1/programs | q%=1            | query string",
            "/api/v1/programs | q=100%25%20off  | NULL",
            "/api/v1/programs | q=%E2%80%AE     | NULL",
            "/api/v1/programs | NULL            | NULL",
            "/api/v1/programs/%zz | NULL        | path",
            "/assets/a%2           | q=1        | path",
            "/assets/a%2Fb         | q=%        | q"})
    void aMalformedEscapeNamesWhereItIs(String path, String query, String parameter) {
        assertThat(HttpGuard.malformedParameter(path, query)).isEqualTo(parameter);
    }

    @Test
    void theApiPathsDecideBetween404And405() {
        Map<Pattern, Set<String>> paths = new LinkedHashMap<>();
        paths.put(HttpGuard.template("/api/v1/programs"), Set.of("GET"));
        paths.put(HttpGuard.template("/api/v1/programs/{id}"), Set.of("GET"));
        paths.put(HttpGuard.template("/api/v1/review/{id}/decision"), Set.of("POST"));
        HttpGuard guard = new HttpGuard(null, paths);

        assertThat(guard.allowedMethods("/api/v1/programs", true)).containsExactly("GET");
        assertThat(guard.allowedMethods("/api/v1/review/prg-1/decision", true)).containsExactly("POST");
        assertThat(guard.allowedMethods("/api/v1/review/prg-1/decision/x", true)).isEmpty();
        assertThat(guard.allowedMethods("/api/v1/nothing", true)).as("the preflight route is not a resource").isEmpty();
        assertThat(guard.allowedMethods("/health", true)).containsExactly("GET");
        assertThat(guard.allowedMethods("/nothing", false)).isEmpty();
    }

    @Test
    void whatIsEchoedIsShortAndPrintable() {
        assertThat(HttpGuard.echo("a\u202Eb\nc")).isEqualTo("a?b?c");
        assertThat(HttpGuard.echo("x".repeat(500))).hasSize(203);
    }
}
