package org.imhfinder.normalize.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.ProgramListing;
import org.junit.jupiter.api.Test;

/**
 * The search API's relevance test searches the listings normalize extracts from the real-world
 * corpus ({@code platform/real-web}). They are kept as a committed fixture
 * ({@value #FIXTURE}) so that the search is judged on real extractions while extraction changes
 * in its own steps: each listing with the expected program it was paired with (site and expected
 * name, the key the relevance judgments use), or none for a listing that is no expected program.
 *
 * <p>With {@code -Dimh.corpus.writeSearchFixture=true} the test first writes the fixture from
 * today's extraction (do so when extraction has improved, and say so in the commit). Always, it
 * checks that every pairing in the committed fixture names a program the corpus still expects.
 */
class SearchFixtureTest {
    static final String FIXTURE = "search-api/src/test/resources/relevance/real-web-listings.json";
    private static final Path FILE = Path.of("..").resolve(FIXTURE);

    @Test
    void everyListingOfTheFixtureIsPairedWithAProgramTheCorpusExpects() throws IOException {
        if (Boolean.getBoolean("imh.corpus.writeSearchFixture")) {
            Files.writeString(FILE, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(fixture()) + "\n");
        }
        Set<String> expected = new HashSet<>();
        for (RealWeb.Site site : RealWeb.sites()) {
            site.programs().forEach(p -> expected.add(site.id() + "|" + p.path("name").asText()));
        }
        JsonNode listings = Json.mapper().readTree(FILE.toFile()).path("listings");
        List<String> unknown = new ArrayList<>();
        listings.forEach(l -> l.path("expected").forEach(pair -> {
            if (!expected.contains(pair.path("site").asText() + "|" + pair.path("name").asText())) {
                unknown.add(pair.toString());
            }
        }));
        assertThat(listings.size()).isGreaterThan(50);
        assertThat(unknown).as("pairings naming no expected program: regenerate the fixture").isEmpty();
    }

    private static final Set<String> GENERIC = Set.of("the", "of", "in", "and", "for", "program", "programs", "requirements");

    /**
     * A listing the scoring left unpaired still describes the expected programs whose names hold every
     * word of its name but its parentheses and generic words: "Family Associate (IFA / ECFA)" is both
     * the Infant and the Early Childhood Family Associate of a site that describes them together.
     */
    private static boolean covers(JsonNode program, ProgramListing listing) {
        Set<String> words = words(listing.name().replaceAll("\\(.*?\\)", " "));
        words.removeAll(GENERIC);
        return !words.isEmpty() && words(program.path("name").asText()).containsAll(words);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : CorpusScore.text(text).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Every site crawled from its seeds and normalized, as RealWebCorpusTest does; listings paired as it scores them. */
    private static ObjectNode fixture() {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("about", "Listings normalize extracts from platform/real-web, written by SearchFixtureTest "
                + "(-Dimh.corpus.writeSearchFixture=true); 'expected' is the program of the corpus each was paired with.");
        ArrayNode out = root.putArray("listings");
        for (RealWeb.Site site : RealWeb.sites()) {
            CorpusRun run = new CorpusRun(List.of(site.source()));
            List<PageEvent> events = CorpusCrawl.crawl(site.source(), site.id(), "real-web", RealWeb::file);
            events.forEach(run::normalize);
            List<ProgramListing> listings = run.indexed();
            Map<JsonNode, ProgramListing> pairs = CorpusScore.assign(site.programs(), listings);
            for (ProgramListing listing : listings) {
                ObjectNode node = Json.mapper().valueToTree(listing.toBuilder().provenance(Map.of()).build());
                node.remove(List.of("provenance", "freshness", "contentHash", "crawlId", "fetchedAt"));
                node.put("site", site.id());
                ArrayNode paired = node.putArray("expected");
                List<JsonNode> programs = pairs.entrySet().stream().filter(e -> e.getValue() == listing).map(Map.Entry::getKey)
                        .toList();
                if (programs.isEmpty()) {
                    programs = site.programs().stream().filter(p -> !pairs.containsKey(p) && covers(p, listing)).toList();
                }
                programs.forEach(p -> paired.addObject().put("site", site.id()).put("name", p.path("name").asText()));
                out.add(node);
            }
        }
        return root;
    }
}
