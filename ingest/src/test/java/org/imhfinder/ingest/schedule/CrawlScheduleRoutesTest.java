package org.imhfinder.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.camel.impl.DefaultCamelContext;
import org.imhfinder.sources.SourcesFile;
import org.junit.jupiter.api.Test;

class CrawlScheduleRoutesTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void sourcesDueNowAreLeftToTheCallerAndTheirTimersStartOnePeriodOn() throws Exception {
        var sources = SourcesFile.parse("sources.yml", """
                sources:
                  - id: never-ran
                    name: Never ran
                    providerType: OTHER
                    seeds: [https://example.org/]
                    schedule: P7D
                  - id: ran-yesterday
                    name: Ran yesterday
                    providerType: OTHER
                    seeds: [https://example.net/]
                    schedule: P7D
                  - id: on-request
                    name: On request
                    providerType: OTHER
                    seeds: [https://example.com/]
                """);
        Map<String, Instant> lastStart = Map.of("ran-yesterday", NOW.minus(Duration.ofDays(1)));
        CrawlScheduleRoutes routes = new CrawlScheduleRoutes(sources, lastStart::get, "direct:start",
                Clock.fixed(NOW, ZoneOffset.UTC));

        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(routes);

            assertThat(routes.dueAtStart()).containsExactly("never-ran");
            assertThat(uri(camel, "never-ran"))
                    .contains("delay=" + Duration.ofDays(7).toMillis());
            assertThat(uri(camel, "ran-yesterday"))
                    .contains("delay=" + Duration.ofDays(6).toMillis());
            assertThat(camel.getRouteDefinition(CrawlScheduleRoutes.ROUTE_PREFIX + "on-request")).isNull();
        }
    }

    /** The timer URI a source's route consumes from (the routes are defined, not started). */
    private static String uri(DefaultCamelContext camel, String sourceId) {
        return camel.getRouteDefinition(CrawlScheduleRoutes.ROUTE_PREFIX + sourceId).getInput().getEndpointUri();
    }

    @Test
    void aScheduledRequestNamesItsSourceWithAFreshCrawlId() {
        var first = CrawlScheduleRoutes.scheduledRequest("a", Clock.fixed(NOW, ZoneOffset.UTC));
        var second = CrawlScheduleRoutes.scheduledRequest("a", Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(first.sourceId()).isEqualTo("a");
        assertThat(first.crawlId()).isNotEqualTo(second.crawlId());
    }
}
