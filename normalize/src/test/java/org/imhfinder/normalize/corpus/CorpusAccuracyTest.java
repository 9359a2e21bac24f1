package org.imhfinder.normalize.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.sources.SourceDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus (the demo web: realistic provider sites, see its README) crawled and normalized,
 * scored against expected listings written by hand for every page. Fails below the thresholds;
 * prints the table (also written to target/corpus-report.txt).
 *
 * <p>Thresholds: listings precision >= {@value #MIN_PRECISION} and recall >= {@value #MIN_RECALL};
 * every field >= {@value #MIN_FIELD} and all fields together >= {@value #MIN_ALL_FIELDS}.
 */
class CorpusAccuracyTest {
    static final double MIN_PRECISION = 0.97;
    static final double MIN_RECALL = 0.94;
    static final double MIN_FIELD = 0.90;
    static final double MIN_ALL_FIELDS = 0.97;

    private static CorpusScore score;
    private static CorpusRun run;

    @BeforeAll
    static void runTheCorpus() throws IOException {
        List<SourceDefinition> sources = CorpusSites.sources(false);
        run = CorpusRun.of(sources, false);
        score = score(run, sources, site -> true);
        List<String> heldOut = sources.stream().map(SourceDefinition::id).filter(Expectations::isHeldOut).toList();
        String table = score(run, sources, site -> !heldOut.contains(site))
                .table("Corpus, sites extraction was tuned on (" + (sources.size() - heldOut.size()) + ")")
                + score(run, sources, heldOut::contains).table("Corpus, held-out sites " + heldOut)
                + score.table("Corpus, all " + sources.size() + " sites, " + run.events.size()
                        + " page events (generic extraction only, no hand rules)");
        System.out.println(table);
        Path report = Path.of("target", "corpus-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
    }

    static CorpusScore score(CorpusRun run, List<SourceDefinition> sources, java.util.function.Predicate<String> sites) {
        CorpusScore score = new CorpusScore();
        for (SourceDefinition source : sources) {
            String site = source.id();
            if (!sites.test(site)) {
                continue;
            }
            Expectations expected = Expectations.of(site);
            for (Map.Entry<String, List<JsonNode>> page : expected.pages().entrySet()) {
                String url = CorpusSites.baseUrl(site) + page.getKey().substring(1);
                score.page(site, page.getKey(), page.getValue(), run.listingsOf(url));
            }
        }
        return score;
    }

    @Test
    void programsAreFoundWithHighPrecisionAndRecall() {
        assertThat(score.precision()).as(score.table("corpus")).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).as(score.table("corpus")).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void everyFieldIsExtractedAccurately() {
        assertThat(score.overallFieldAccuracy()).as(score.table("corpus")).isGreaterThanOrEqualTo(MIN_ALL_FIELDS);
        score.fields.keySet().forEach(field ->
                assertThat(score.fieldAccuracy(field)).as(field + "\n" + score.table("corpus")).isGreaterThanOrEqualTo(MIN_FIELD));
    }

    @Test
    void everyPageTheCrawlReachesHasAnExpectation() {
        for (SourceDefinition source : CorpusSites.sources(false)) {
            TreeSet<String> expected = new TreeSet<>(Expectations.of(source.id()).pages().keySet());
            TreeSet<String> crawled = new TreeSet<>();
            run.events.stream().filter(e -> e.sourceId().equals(source.id()) && e.status() == PageStatus.OK)
                    .map(PageEvent::url).map(CorpusCrawl::pathOf).forEach(crawled::add);
            assertThat(crawled).as(source.id()).isEqualTo(expected);
        }
    }

    @Test
    void theOrderOfPagesAndTheirPdfsDoesNotChangeTheResult() {
        List<SourceDefinition> sources = CorpusSites.sources(false);
        CorpusRun reversed = CorpusRun.of(sources, true);

        for (String url : run.outcomes.keySet()) {
            assertThat(reversed.listingsOf(url)).as(url).containsExactlyInAnyOrderElementsOf(run.listingsOf(url));
        }
    }
}
