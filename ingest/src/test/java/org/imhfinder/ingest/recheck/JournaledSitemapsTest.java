package org.imhfinder.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.imhfinder.schema.FrontierEntry;
import org.imhfinder.schema.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournaledSitemapsTest {
    private static final Instant AT = Instant.parse("2027-01-01T08:00:00Z");

    @ParameterizedTest(name = "{0} {1} of {2}: counted {3}")
    @CsvSource({
            "DONE,   SITEMAP,           mine,   1",
            "QUEUED, SITEMAP,           mine,   0",
            "DONE,   PAGE,              mine,   0",
            "DONE,   SITEMAP_DISCOVERY, mine,   0",
            "DONE,   SITEMAP,           theirs, 0",
    })
    void aFinishedSitemapOfThisInstancesSourcesCountsAgainstItsHostsBudget(FrontierEntry.Event event, String kind,
                                                                             String sourceId, int counted) {
        HostBudget budget = new HostBudget(10);
        JournaledSitemaps sitemaps = new JournaledSitemaps(Set.of("mine"), budget);

        sitemaps.count(Json.write(new FrontierEntry(FrontierEntry.SCHEMA_VERSION, "c1", 0, event, kind, sourceId,
                "https://Example.org:8443/sitemap.xml", 0, null, null)), AT);

        assertThat(budget.used("example.org:8443", AT.plusSeconds(1))).isEqualTo(counted);
        assertThat(sitemaps.restored()).isEqualTo(counted);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"not json", "{\"schemaVersion\":1,\"event\":\"DONE\",\"kind\":\"SITEMAP\",\"sourceId\":\"mine\"}"})
    void aLineThatCannotBeReadIsLeftOut(String value) {
        HostBudget budget = new HostBudget(10);
        JournaledSitemaps sitemaps = new JournaledSitemaps(Set.of("mine"), budget);

        sitemaps.count(value, AT);

        assertThat(sitemaps.restored()).isZero();
    }
}
