package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imhfinder.config.Settings;
import org.imhfinder.ingest.recheck.RecheckPolicy;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.PageCheck;
import org.imhfinder.schema.PageMemoryEntry;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.schema.RecheckHint;
import org.imhfinder.sources.SourceDefinition;
import org.junit.jupiter.api.Test;

class StatusNextChecksTest {
    private static final Instant T0 = Instant.parse("2027-01-04T00:00:00Z");
    private static final SourceDefinition SOURCE = new SourceDefinition("cohort", "Cohort", ProviderType.UNIVERSITY, null,
            List.of(URI.create("https://cohort.example.org/")), List.of("cohort.example.org"), null, null, null,
            List.of(), List.of(), List.of(), 1);

    @Test
    void aSourcesNextChecksComeEarliestFirstWithTheirReasons() {
        PageMemoryEntry apply = page("https://cohort.example.org/apply");
        PageMemoryEntry about = page("https://cohort.example.org/about");
        PageMemoryEntry elsewhere = new PageMemoryEntry(1, "https://other.org/", "other", null, null, List.of(), T0);
        RecheckHint deadline = new RecheckHint(1, "p1", "cohort", apply.url(), FreshnessStatus.FRESH, List.of(),
                LocalDate.of(2027, 1, 10), T0, null, T0, T0);

        List<StatusCommand.NextCheck> next = StatusCommand.nextChecks(SOURCE, List.of(about, apply, elsewhere),
                List.of(deadline), RecheckPolicy.from(Settings.of(Map.of())), 10);

        assertThat(next).extracting(StatusCommand.NextCheck::url).containsExactly(apply.url(), about.url());
        assertThat(next.get(0).reason()).isEqualTo("deadline");
        assertThat(next.get(0).at()).isEqualTo(Instant.parse("2027-01-07T00:00:00Z"));
        assertThat(next.get(0).detail()).isEqualTo("deadline 2027-01-10");
        assertThat(next.get(1).reason()).isEqualTo("change rate");
        assertThat(next.get(1).at()).isAfter(T0.plus(Duration.ofDays(3)));
    }

    private static PageMemoryEntry page(String url) {
        return new PageMemoryEntry(1, url, "cohort", "\"v1\"", null, List.of(), T0, "d",
                List.of(new PageCheck(T0, PageCheck.Result.FIRST)), null);
    }
}
