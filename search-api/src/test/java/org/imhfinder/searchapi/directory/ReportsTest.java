package org.imhfinder.searchapi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportsTest {
    @Test
    void countsAreOverWhatDefaultSearchShows() {
        String directory = DirectoryReport.body().toString();
        String regions = RegionsReport.body().toString();

        for (String body : new String[] {directory, regions}) {
            assertThat(body).contains("\"freshness.status\":[\"AGING\",\"FRESH\",\"STALE\"]", "\"curation.retired\":true",
                    "\"size\":0");
        }
        assertThat(regions).contains("\"field\":\"location.region\"", "\"field\":\"level.keyword\"", "\"missing\"");
    }
}
