package org.imhfinder.bench.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imhfinder.config.Settings;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.sources.SourcesFile;
import org.junit.jupiter.api.Test;

class ProgramPagesTest {
    private final ProgramPages site = new ProgramPages(new GeneratedSite(GeneratedSite.Spec.of(20).withSitemap(false)), "web-3");

    @Test
    void everyPageIsOneProgramOfItsOwn() {
        PageNormalizer normalizer = NormalizeStage.normalizer(Settings.defaults(), SourcesFile.parse("bench.yml", """
                sources:
                  - id: web
                    name: Generated web
                    providerType: OTHER
                    seeds: ["http://web.test/"]
                """), "bench.yml", new NormalizeMetrics(new SimpleMeterRegistry()), Clock.systemUTC());

        List<ProgramListing> first = normalizer.normalize(page("p/7.html")).listings();
        List<ProgramListing> second = normalizer.normalize(page("p/8.html")).listings();

        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(first.get(0).name()).contains("Infant Mental Health");
        assertThat(first.get(0).id()).isNotEqualTo(second.get(0).id());
    }

    @Test
    void keepsTheGeneratedLinks() {
        String home = new String(site.read("").orElseThrow(), StandardCharsets.UTF_8);

        assertThat(home).contains("href=\"/p/1.html\"").contains("Section web-3-0");
    }

    @Test
    void leavesOtherFilesAlone() {
        assertThat(site.read("robots.txt")).isPresent();
        assertThat(new String(site.read("robots.txt").orElseThrow(), StandardCharsets.UTF_8)).doesNotContain("Section");
    }

    private PageEvent page(String path) {
        String url = "http://web.test/" + path;
        return new PageEvent(PageEvent.SCHEMA_VERSION, "web", "crawl-1", url, url, PageStatus.OK, 200, Map.of(),
                "text/html; charset=utf-8", "UTF-8", new String(site.read(path).orElseThrow(), StandardCharsets.UTF_8), null,
                null, 1, Instant.now(), null);
    }
}
