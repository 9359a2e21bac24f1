package org.imhfinder.normalize;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.imhfinder.config.Settings;
import org.imhfinder.normalize.extract.HandRules;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.normalize.page.PageReader;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.sources.ExtractionRule;
import org.imhfinder.sources.SourceDefinition;

/** Test sources, page events and pages built from the fixture files under {@code pages/}. */
public final class Fixtures {
    public static final Instant FETCHED = Instant.parse("2026-05-01T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    /**
     * A sources file of one association with the id {@code id} (seed {@code https://ID.example.org/}), written under
     * {@code target/ID/}: what an integration test starts the stage with.
     */
    public static Path sourcesFile(String id) throws IOException {
        Path sources = Files.createDirectories(Path.of("target", id)).resolve("sources.yml");
        Files.writeString(sources, """
                sources:
                  - id: %s
                    name: Example Association for Infant Mental Health
                    providerType: ASSOCIATION
                    seeds: [https://%s.example.org/]
                """.formatted(id, id));
        return sources;
    }

    /** Closes each that is not null, going on past failures: a test's clients, after it. */
    public static void closeQuietly(AutoCloseable... closeables) {
        for (AutoCloseable c : closeables) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing test clients
            }
        }
    }

    public static SourceDefinition source(String id, String region, List<ExtractionRule> rules) {
        return new SourceDefinition(id, "Example Association for Infant Mental Health", ProviderType.ASSOCIATION, region,
                List.of(URI.create("https://" + id + ".example.org/")), List.of(id + ".example.org"), null, null, null,
                List.of(), List.of(), rules, 2);
    }

    public static SourceDefinition source() {
        return source("example-aimh", "MI", List.of());
    }

    public static String html(String fixture) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("pages/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture pages/" + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PageEvent ok(SourceDefinition source, String path, String html) {
        String url = source.seeds().get(0).resolve(path).toString();
        return new PageEvent(PageEvent.SCHEMA_VERSION, source.id(), "crawl-1", url, url, PageStatus.OK, 200, Map.of(),
                "text/html; charset=utf-8", "UTF-8", html, null, null, 1, FETCHED, null);
    }

    public static PageEvent pdf(SourceDefinition source, String path, byte[] bytes, String referrer) {
        String url = source.seeds().get(0).resolve(path).toString();
        return new PageEvent(PageEvent.SCHEMA_VERSION, source.id(), "crawl-1", url, url, PageStatus.OK, 200, Map.of(),
                "application/pdf", null, null, bytes, referrer, 2, FETCHED, null);
    }

    public static PageEvent status(SourceDefinition source, String path, PageStatus status, int http, String finalUrl) {
        String url = source.seeds().get(0).resolve(path).toString();
        return new PageEvent(PageEvent.SCHEMA_VERSION, source.id(), "crawl-1", url, finalUrl == null ? url : finalUrl, status,
                http, Map.of(), null, null, null, null, null, 1, FETCHED, status == PageStatus.ERROR ? "HTTP 503" : null);
    }

    /** A fixture read as a page of the default source, without hand rules. */
    public static Page page(String fixture) {
        return page(html(fixture), "/page/");
    }

    /** HTML read as a page of the default source at this path, without hand rules. */
    public static Page page(String html, String path) {
        SourceDefinition source = source();
        PageEvent event = ok(source, path, html);
        return new PageReader(new HandRules(List.of(source), "test.yml")).html(event, source, event.body());
    }

    public static PageNormalizer normalizer(List<SourceDefinition> sources) {
        return NormalizeStage.normalizer(Settings.defaults(), sources, "test-sources.yml",
                new NormalizeMetrics(new SimpleMeterRegistry()), CLOCK);
    }

    public static PageNormalizer normalizer(List<SourceDefinition> sources, SimpleMeterRegistry meters) {
        return NormalizeStage.normalizer(Settings.defaults(), sources, "test-sources.yml", new NormalizeMetrics(meters), CLOCK);
    }
}
