package org.imhfinder.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.imhfinder.sources.SourcesFile;
import org.junit.jupiter.api.Test;

class SourceRunTest {
    private final SourceRun run = new SourceRun(SourcesFile.parse("t.yml", """
            sources:
              - id: s
                name: S
                providerType: OTHER
                seeds: [https://a.org/]
                maxPages: 3
            """).get(0));

    @Test
    void aUrlIsAdmittedOnceAndOnlyWithinTheBudget() {
        assertThat(run.admit(URI.create("https://a.org/"), 0, true)).isEqualTo(SourceRun.Admission.ADMITTED);
        assertThat(run.admit(URI.create("https://a.org/"), 1, false)).isEqualTo(SourceRun.Admission.DUPLICATE);
        assertThat(run.admit(URI.create("https://a.org/1"), 1, false)).isEqualTo(SourceRun.Admission.ADMITTED);
        assertThat(run.admit(URI.create("https://a.org/2"), 1, false)).isEqualTo(SourceRun.Admission.ADMITTED);
        for (int i = 3; i < 1000; i++) {
            assertThat(run.admit(URI.create("https://a.org/" + i), 1, false)).isEqualTo(SourceRun.Admission.OVER_BUDGET);
        }
        assertThat(run.budgetSpent()).isTrue();
        assertThat(run.counts().discovered()).isEqualTo(3);
    }

    @Test
    void outOfScopeUrlsAreCountedNotKept() {
        assertThat(run.admit(URI.create("https://elsewhere.org/"), 1, false)).isEqualTo(SourceRun.Admission.OUT_OF_SCOPE);
        assertThat(run.counts().outOfScope()).isEqualTo(1);
        assertThat(run.counts().discovered()).isZero();
    }

    @Test
    void sitemapsAreLookedForOnceAHost() {
        assertThat(run.firstVisitOf("a.org")).isTrue();
        assertThat(run.firstVisitOf("a.org")).isFalse();
        assertThat(run.admitSitemap(URI.create("https://a.org/sitemap.xml"))).isTrue();
        assertThat(run.admitSitemap(URI.create("https://a.org/sitemap.xml"))).isFalse();
    }
}
