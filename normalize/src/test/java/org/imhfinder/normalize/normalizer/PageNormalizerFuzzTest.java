package org.imhfinder.normalize.normalizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.sources.ExtractionRule;
import org.imhfinder.sources.SourceDefinition;
import org.junit.jupiter.api.Timeout;

/**
 * Any HTML in an OK page event becomes complete, writable listings named by the page's outcome, or
 * an {@link InvalidRecordException} (the record is dead-lettered); never another exception, never a
 * hang. Each input is read twice: under the generic extractors and under a page with hand rules.
 * Seeds: {@code PageNormalizerFuzzTestInputs/} (run by every build); {@code -Pfuzz} fuzzes from them.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PageNormalizerFuzzTest {
    private static final SourceDefinition SOURCE = Fixtures.source("fuzz-aimh", "MI", List.of(new ExtractionRule(
            Pattern.compile("/rules/.*"), Map.of("name", "h1", "cost", ".fee, td:contains($)", "trainingHours", "li"))));
    private static final PageNormalizer NORMALIZER = Fixtures.normalizer(List.of(SOURCE));

    @FuzzTest(maxDuration = "5m")
    void anyHtmlBecomesCompleteListingsOrAnInvalidRecord(byte[] data) {
        String html = new String(data, StandardCharsets.UTF_8);
        for (String path : List.of("/programs/endorsement/", "/rules/requirements/")) {
            try {
                NormalizedPage page = NORMALIZER.normalize(Fixtures.ok(SOURCE, path, html));
                assertThat(page.outcome().listingIds()).containsExactlyElementsOf(page.listings().stream()
                        .map(ProgramListing::id).toList());
                page.listings().forEach(PageNormalizerFuzzTest::isComplete);
            } catch (InvalidRecordException declared) {
                assertThat(declared).hasMessageFindingMatch("\\S");
            }
        }
    }

    private static void isComplete(ProgramListing listing) {
        assertThat(listing.id()).isNotBlank();
        assertThat(listing.name()).isNotBlank();
        assertThat(listing.contentHash()).isNotBlank();
        assertThat(Json.read(Json.write(listing), ProgramListing.class)).isEqualTo(listing);
    }
}
