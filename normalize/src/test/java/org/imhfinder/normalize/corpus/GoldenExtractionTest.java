package org.imhfinder.normalize.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.sources.SourceDefinition;
import org.junit.jupiter.api.Test;

/**
 * The whole extraction output of both corpora (the demo web with and without its hand rules, and
 * the real-world corpus), every listing's JSON (content hash included) and every page's outcome in
 * crawl order, compared byte for byte with the golden file: work on extraction's speed must not
 * change a single result. A deliberate change of results rewrites the file with
 * {@code -Dimh.golden.write=true} (then review its diff like code).
 */
class GoldenExtractionTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "extraction.txt");
    /** Writes as the topics do, but with map entries (a listing's provenance) by key: their order is not part of a result. */
    private static final ObjectWriter JSON = Json.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void extractionOutputIsExactlyTheGoldenOne() throws IOException {
        String output = output();
        if (Boolean.getBoolean("imh.golden.write")) {
            Files.writeString(GOLDEN, output, StandardCharsets.UTF_8);
        }
        Path actual = Path.of("target", "golden-extraction-actual.txt");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, output, StandardCharsets.UTF_8); // to diff when it fails
        String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        assertThat(output.equals(golden)).as("extraction output differs from " + GOLDEN + ": diff it with " + actual).isTrue();
    }

    static String output() {
        StringBuilder out = new StringBuilder();
        demo(out, "demo web with hand rules", CorpusSites.sources(true));
        demo(out, "demo web without hand rules", CorpusSites.sources(false));
        out.append("# real-world corpus\n");
        for (RealWeb.Site site : RealWeb.sites()) {
            CorpusRun run = new CorpusRun(List.of(site.source()));
            for (PageEvent event : CorpusCrawl.crawl(site.source(), site.id(), "real-web", RealWeb::file)) {
                write(out, run.normalizer(), run.normalizer().normalize(event));
            }
        }
        return out.toString();
    }

    private static void demo(StringBuilder out, String title, List<SourceDefinition> sources) {
        out.append("# ").append(title).append('\n');
        CorpusRun run = new CorpusRun(sources);
        for (SourceDefinition source : sources) {
            String site = java.net.URI.create(source.seeds().get(0).toString()).getHost().replace(".test", "");
            for (PageEvent event : CorpusCrawl.crawl(source, site, "corpus")) {
                write(out, run.normalizer(), run.normalizer().normalize(event));
            }
        }
    }

    /** A page's listings and outcome, then those of the pages its document made ready, as the stage runs them. */
    private static void write(StringBuilder out, PageNormalizer normalizer, NormalizedPage page) {
        if (page.outcome() != null) {
            out.append("outcome ").append(json(page.outcome())).append('\n');
        }
        for (ProgramListing listing : page.listings()) {
            out.append("listing ").append(json(listing)).append('\n');
        }
        if (page.goneDocument() != null) {
            out.append("gone ").append(page.goneDocument()).append('\n');
        }
        for (PageEvent ready : page.ready()) {
            write(out, normalizer, normalizer.normalizeAgain(ready));
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
