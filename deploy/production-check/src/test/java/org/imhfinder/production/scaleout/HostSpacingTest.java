package org.imhfinder.production.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imhfinder.localstack.web.RecordedRequest;
import org.junit.jupiter.api.Test;

class HostSpacingTest {
    private static final Duration DELAY = Duration.ofMillis(100);
    private static final Duration SLACK = Duration.ofMillis(5);
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void requestsTheDelayApartAreFineInAnyOrderOfTheLog() {
        HostSpacing.Report report = HostSpacing.check("h", List.of(at(230, "/p/2.html"), at(0, "/robots.txt"), at(110, "/")), DELAY, SLACK);

        assertThat(report.violations()).isEmpty();
        assertThat(report.requests()).isEqualTo(3);
        assertThat(report.smallestGap()).isEqualTo(Duration.ofMillis(110));
    }

    @Test
    void twoRequestsInFlightAtOnceAreAViolation() {
        HostSpacing.Report report = HostSpacing.check("h", List.of(at(0, "/"), at(120, "/p/1.html"), at(121, "/p/2.html")), DELAY, SLACK);

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.earlier().target()).isEqualTo("/p/1.html");
            assertThat(v.later().target()).isEqualTo("/p/2.html");
            assertThat(v.gap()).isEqualTo(Duration.ofMillis(1));
        });
    }

    @Test
    void aDelayCutShortBeyondTheSlackIsAViolationWithinItIsNot() {
        assertThat(HostSpacing.check("h", List.of(at(0, "/"), at(96, "/p/1.html")), DELAY, SLACK).violations()).isEmpty();
        assertThat(HostSpacing.check("h", List.of(at(0, "/"), at(94, "/p/1.html")), DELAY, SLACK).violations()).hasSize(1);
    }

    @Test
    void oneRequestHasNoGap() {
        HostSpacing.Report report = HostSpacing.check("h", List.of(at(0, "/")), DELAY, SLACK);

        assertThat(report.violations()).isEmpty();
        assertThat(report.smallestGap()).isNull();
    }

    private static RecordedRequest at(long millis, String path) {
        return new RecordedRequest("GET", path, null, Map.of(), T0.plusMillis(millis), 200);
    }
}
